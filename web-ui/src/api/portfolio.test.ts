import { describe, expect, it } from 'vitest';
import { openConflictsByRollout, toRow } from './portfolio';

const entry = {
  rolloutId: 'r-7', programId: 'p-1', programName: 'EHR', waveId: 'w-2', waveName: 'Wave 2', siteName: 'Lake Clinic',
  siteType: 'AMBULATORY_CLINIC', goLiveDate: '2027-05-03', daysToGoLive: 148, goLiveMoves: 0,
};
const health = {
  rolloutId: 'r-7', overall: 'AMBER', dimensions: [
    { dimension: 'SCHEDULE', colour: 'GREEN', value: '1.0100' },
    { dimension: 'READINESS', colour: 'AMBER', value: '78.5', threshold: '85' },
  ],
};
const status = { rolloutId: 'r-7', planned: true, percentComplete: 12.5 };
const earnedValue = { bac: '200000.00', ac: '50000.00', spi: '0.9500', cpi: '1.1000' };

describe('a portfolio row', () => {
  it('joins the portfolio entry, health, status and earned value of one rollout', () => {
    const row = toRow(entry as any, health as any, status as any, earnedValue as any, 2);

    expect(row).toMatchObject({
      rolloutId: 'r-7', siteName: 'Lake Clinic', waveId: 'w-2', daysToGoLive: 148, health: 'AMBER',
      percentComplete: 12.5, spi: 0.95, cpi: 1.1, readiness: 78.5, budgetBurn: 0.25, openConflicts: 2,
    });
  });

  it('shows no figure where there is none: no approved budget, no plan, no readiness data, no health yet', () => {
    const noData = { ...health, overall: 'NO_DATA', dimensions: [{ dimension: 'READINESS', colour: 'NO_DATA', value: null }] };
    const row = toRow(entry as any, noData as any, { planned: false } as any, { bac: null, ac: '0.00', spi: null, cpi: null } as any, 0);

    expect(row).toMatchObject({ health: 'NO_DATA', percentComplete: null, spi: null, cpi: null, readiness: null, budgetBurn: null });
    expect(toRow(entry as any, null, null, null, 0).health).toBe('NO_DATA');
  });

  it('counts the conflicts that are not resolved, per rollout', () => {
    const counts = openConflictsByRollout([
      { rolloutId: 'r-1', status: 'OPEN' },
      { rolloutId: 'r-1', status: 'ESCALATED' },
      { rolloutId: 'r-1', status: 'RESOLVED' },
      { rolloutId: 'r-2', status: 'IN_MEDIATION' },
    ] as any);

    expect(counts.get('r-1')).toBe(2);
    expect(counts.get('r-2')).toBe(1);
    expect(counts.get('r-3')).toBeUndefined();
  });
});
