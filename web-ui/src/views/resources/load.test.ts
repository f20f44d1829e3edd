import { describe, expect, it } from 'vitest';
import type { Capacity } from '../../api/resources';
import { capacityPath } from '../../api/resources';
import { heatMapOption } from './LoadHeatMap';
import { describe as say, heatCells, utilisation } from './load';

const capacity: Capacity = {
  programId: 'p1',
  weeks: ['2027-W13', '2027-W14'],
  resources: [
    { resourceId: 'priya', name: 'Priya Raman', kind: 'PERSON', role: 'APPLICATION_ANALYST', capacityHours: [40, 40], demandHours: [20, 56] },
    { resourceId: 'trainers', name: 'Trainers', kind: 'ROLE', role: 'TRAINER', capacityHours: [0, 80], demandHours: [0, 0] },
  ],
  overAllocations: [
    {
      resourceId: 'priya', resourceName: 'Priya Raman', week: '2027-W14', capacityHours: 40, demandHours: 56,
      tasks: [{ rolloutId: 'r2', taskId: 'go-live-support', hours: 32 }, { rolloutId: 'r3', taskId: 'order-build', hours: 24 }],
    },
  ],
};

describe('capacity against demand', () => {
  it('is the share of capacity asked for; demand without capacity is over, neither is no cell', () => {
    expect(utilisation(40, 20)).toBe(50);
    expect(utilisation(40, 56)).toBe(140);
    expect(utilisation(0, 8)).toBe(Number.POSITIVE_INFINITY);
    expect(utilisation(0, 0)).toBeNull();
  });

  it('gives the heat map a cell per resource and week, over-allocations above 100 and capped for the colours', () => {
    expect(heatCells(capacity)).toEqual([
      [0, 0, 50, 20, 40],
      [1, 0, 140, 56, 40],
      [1, 1, 0, 0, 80],
    ]);
    const option = heatMapOption(capacity);
    expect(option.yAxis.data).toEqual(['Priya Raman · Application analyst', 'Trainers · Trainer']);
    expect(option.xAxis.data).toEqual(['2027-W13', '2027-W14']);
    expect(option.visualMap.pieces.at(-1)).toMatchObject({ gt: 100, label: 'over capacity' });
  });

  it('names an over-allocation: who, when, how much, and each rollout\u2019s task', () => {
    const rollouts = [{ id: 'r2', siteName: 'Harbor Hospital' }, { id: 'r3', siteName: 'Quay Clinic' }];

    expect(say(capacity.overAllocations![0], rollouts)).toEqual({
      who: 'Priya Raman',
      when: '2027-W14',
      load: '56 h asked of 40 h',
      tasks: ['Harbor Hospital: go-live-support (32 h)', 'Quay Clinic: order-build (24 h)'],
    });
  });

  it('asks the service for a role and the over-allocated only', () => {
    expect(capacityPath('p 1')).toBe('/planning/programs/p%201/capacity');
    expect(capacityPath('p1', { role: 'TRAINER', overAllocatedOnly: true })).toBe('/planning/programs/p1/capacity?role=TRAINER&overAllocatedOnly=true');
  });
});
