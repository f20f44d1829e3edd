import { describe, expect, it } from 'vitest';
import { revisionOf, type PlanTask } from './planning';

const task = (fields: Partial<PlanTask>): PlanTask => ({
  id: 'T-1', title: 'Go/no-go call', durationDays: 0, revision: 4, ...fields,
} as PlanTask);

describe("a task's PUT body", () => {
  it('keeps a constraint the task has, so that an edit does not drop it', () => {
    const body = revisionOf(task({ constraintType: 'MSO', constraintDate: '2027-05-01' }), { durationDays: 1 });
    expect(body).toMatchObject({ constraintType: 'MSO', constraintDate: '2027-05-01', durationDays: 1, revision: 4 });
  });

  it('sends start-no-earlier-than as that date alone, and nothing for as soon as possible', () => {
    const snet = revisionOf(task({ constraintType: 'SNET', constraintDate: '2027-04-01', startNoEarlierThan: '2027-04-01' }), {});
    expect(snet.startNoEarlierThan).toBe('2027-04-01');
    expect(snet.constraintType).toBeUndefined();
    expect(revisionOf(task({ constraintType: 'ASAP' }), {}).constraintType).toBeUndefined();
  });

  it('keeps an hour-level duration and calendar, unless the edit sets days', () => {
    const hourly = task({ duration: '3h', durationDays: 0, calendar: '24-hours' });
    expect(revisionOf(hourly, { title: 'Conversion load' })).toMatchObject({ duration: '3h', calendar: '24-hours' });
    expect(revisionOf(hourly, { durationDays: 2 }).duration).toBeUndefined();
  });
});
