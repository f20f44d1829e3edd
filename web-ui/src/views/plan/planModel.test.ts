import { describe, expect, it } from 'vitest';
import type { Plan, PlanTask, Rollout } from '../../api/planning';
import { dayMark, day, ganttLinks, ganttTasks, isoDay, planRights } from './planModel';

const task = (id: string, start: string, finish: string, extra: Partial<PlanTask> = {}): PlanTask => ({
  id,
  title: `Task ${id}`,
  start,
  finish,
  durationDays: 1,
  revision: 0,
  ...extra,
});

const plan: Plan = {
  goLiveDate: '2027-06-05',
  criticalPath: ['build', 'go-live'],
  tasks: [
    task('design', '2027-03-01', '2027-03-05', { percentComplete: 40 }),
    task('build', '2027-03-08', '2027-03-12', { dependencies: [{ taskId: 'design', type: 'FS' }] }),
    task('go-live', '2027-06-05', '2027-06-05', {
      milestone: true,
      dependencies: [
        { taskId: 'build', type: 'SS' },
        { taskId: 'elsewhere', type: 'FS' },
      ],
    }),
  ],
};

describe('the plan as the Gantt draws it', () => {
  it('ends a bar the day after planning\'s inclusive finish, and a milestone on its day', () => {
    const [design, , goLive] = ganttTasks(plan);
    expect(isoDay(design.start!)).toBe('2027-03-01');
    expect(isoDay(design.end!)).toBe('2027-03-06');
    expect(design.progress).toBe(40);
    expect(goLive.type).toBe('milestone');
    expect(isoDay(goLive.end!)).toBe('2027-06-05');
  });

  it('marks the critical path\'s tasks as critical and leaves the others plain', () => {
    const tasks = ganttTasks(plan);
    expect(tasks.map((t) => [t.id, t.type, t.critical])).toEqual([
      ['design', 'task', false],
      ['build', 'critical', true],
      ['go-live', 'milestone', true],
    ]);
  });

  it('draws a link per dependency inside the plan, typed as the Gantt names them', () => {
    expect(ganttLinks(plan)).toEqual([
      { id: 'design>build', source: 'design', target: 'build', type: 'e2s' },
      { id: 'build>go-live', source: 'build', target: 'go-live', type: 's2s' },
    ]);
  });

  it('carries the baseline finish and the variance in calendar days (positive: late)', () => {
    const tasks = ganttTasks(plan, {
      name: 'Approved',
      tasks: [
        { taskId: 'build', start: '2027-03-08', finish: '2027-03-10' },
        { taskId: 'design', start: '2027-03-01', finish: '2027-03-08' },
      ],
    });
    expect(tasks.map((t) => [t.id, t.baselineFinish, t.finishVariance])).toEqual([
      ['design', '2027-03-08', -3],
      ['build', '2027-03-10', 2],
      ['go-live', undefined, undefined],
    ]);
    // The baseline's bar ends the day after its finish, as a task's does; a task it does not know has none.
    expect(tasks.map((t) => [t.id, t.base_start && isoDay(t.base_start), t.base_end && isoDay(t.base_end)])).toEqual([
      ['design', '2027-03-01', '2027-03-09'],
      ['build', '2027-03-08', '2027-03-11'],
      ['go-live', undefined, undefined],
    ]);
  });

  it('marks today\'s and the go-live\'s day columns, go-live first when they fall together', () => {
    expect(dayMark(day('2027-06-05'), '2027-01-04', '2027-06-05')).toBe('plan-go-live');
    expect(dayMark(day('2027-01-04'), '2027-01-04', '2027-06-05')).toBe('plan-today');
    expect(dayMark(day('2027-01-05'), '2027-01-04', '2027-06-05')).toBe('');
    expect(dayMark(day('2027-06-05'), '2027-06-05', '2027-06-05')).toBe('plan-go-live');
  });
});

describe('what a role may do on a site plan', () => {
  const rollout = { projectManager: 'pm.north' } as Rollout;
  const owned = task('t', '2027-03-01', '2027-03-01', { raci: [{ party: 'lead.lab', role: 'RESPONSIBLE' }] });
  const informed = task('u', '2027-03-01', '2027-03-01', { raci: [{ party: 'lead.lab', role: 'INFORMED' }] });

  it('lets the PMO and the site\'s own project manager edit, and no other project manager', () => {
    expect(planRights(['PMO_ADMIN'], 'admin', rollout).edit).toBe(true);
    expect(planRights(['PROJECT_MANAGER'], 'pm.north', rollout).edit).toBe(true);
    expect(planRights(['PROJECT_MANAGER'], 'pm.south', rollout).edit).toBe(false);
  });

  it('lets viewers and finance change nothing', () => {
    for (const role of ['VIEWER', 'FINANCE'] as const) {
      const rights = planRights([role], 'someone', rollout);
      expect(rights.edit).toBe(false);
      expect(rights.progressOn(owned)).toBe(false);
    }
  });

  it('lets a contributor record progress only where they are responsible or accountable', () => {
    const rights = planRights(['CONTRIBUTOR'], 'lead.lab', rollout);
    expect(rights.edit).toBe(false);
    expect(rights.progressOn(owned)).toBe(true);
    expect(rights.progressOn(informed)).toBe(false);
  });
});
