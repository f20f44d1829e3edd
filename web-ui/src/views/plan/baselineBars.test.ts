import { describe, expect, it } from 'vitest';
// The data store SVAR's React Gantt computes its bars with (installed with @svar-ui/react-gantt, which uses it but does
// not export it at run time): the bars and the time scale below are the ones the browser draws.
import { DataStore } from '@svar-ui/gantt-store';
import type { Baseline, Plan, PlanTask } from '../../api/planning';
import { CELL_HEIGHT, CELL_WIDTH, SCALES } from './PlanGantt';
import { baselineBar, baselineSpan, ganttTasks, isoDay, type GanttTask, type TimeScale } from './planModel';

function writable<T>(value: T) {
  let current = value;
  let listeners: ((v: T) => void)[] = [];
  return {
    subscribe: (fn: (v: T) => void) => { listeners.push(fn); fn(current); },
    unsubscribe: (fn: (v: T) => void) => { listeners = listeners.filter((l) => l !== fn); },
    update: (fn: (v: T) => T) => { current = fn(current); listeners.forEach((l) => l(current)); },
    set: (v: T) => { current = v; listeners.forEach((l) => l(current)); },
  };
}

/** Lays the plan out as PlanGantt configures SVAR's Gantt with a baseline shown; each task with its bar and baseline bar. */
function layout(plan: Plan, baseline: Baseline, cellWidth = CELL_WIDTH) {
  const tasks = ganttTasks(plan, baseline);
  const store = new DataStore(writable);
  store.init({ tasks, links: [], scales: SCALES, cellWidth, cellHeight: CELL_HEIGHT, ...baselineSpan(tasks) });
  const state = store.getState();
  const scale = { ...state._scales, cellWidth: state.cellWidth } as unknown as TimeScale;
  return {
    scaleStart: isoDay(scale.start),
    bars: new Map(state._tasks.map((t) => [String(t.id), { x: t.$x, width: t.$w, baseline: baselineBar(t as unknown as GanttTask & { $x: number }, scale) }])),
  };
}

const task = (id: string, start: string, finish: string, extra: Partial<PlanTask> = {}): PlanTask =>
  ({ id, title: id, start, finish, durationDays: 1, revision: 0, ...extra });

const plan = (tasks: PlanTask[]): Plan => ({ goLiveDate: '2027-06-05', tasks });

const approved: Baseline = {
  name: 'Approved',
  tasks: [
    { taskId: 'design', start: '2027-03-01', finish: '2027-03-05' },
    { taskId: 'build', start: '2027-03-04', finish: '2027-03-09' },
    { taskId: 'go-live', start: '2027-06-01', finish: '2027-06-01' },
  ],
};
const tasks = [
  task('design', '2027-03-01', '2027-03-05'),
  task('build', '2027-03-08', '2027-03-12'),
  task('test', '2027-03-15', '2027-03-19'),
  task('go-live', '2027-06-05', '2027-06-05', { milestone: true }),
];

describe('the baseline bars on the Gantt\u2019s time scale', () => {
  it('draws a baseline that matches its task exactly under the task\u2019s own bar, at the same x and width', () => {
    const design = layout(plan(tasks), approved).bars.get('design')!;

    expect(design.baseline).toEqual({ left: 0, width: design.width });
    expect(design.width).toBe(5 * CELL_WIDTH);
  });

  it('places a baseline by its own dates: a day on the scale per cell, measured from the task\u2019s bar', () => {
    const { bars } = layout(plan(tasks), approved);
    const build = bars.get('build')!;

    // Planned 4 to 9 March (6 days), now 8 to 12 March: the baseline starts 4 days left of the bar.
    expect(build.baseline).toEqual({ left: -4 * CELL_WIDTH, width: 6 * CELL_WIDTH });
    expect(build.x + build.baseline!.left).toBe(bars.get('design')!.x + 3 * CELL_WIDTH);
  });

  it('draws a milestone\u2019s baseline as a point at its planned day, and nothing for a task the baseline does not know', () => {
    const { bars } = layout(plan(tasks), approved);
    const goLive = bars.get('go-live')!;

    // SVAR centres a milestone's box on its day: the planned day is 4 days left of that centre.
    expect(goLive.x + goLive.baseline!.left).toBe(goLive.x + goLive.width / 2 - 4 * CELL_WIDTH);
    expect(goLive.baseline!.width).toBe(0);
    expect(bars.get('test')!.baseline).toBeNull();
  });

  it('keeps a baseline bar where it was when its task moves', () => {
    const before = layout(plan(tasks), approved);
    const moved = layout(plan(tasks.map((t) => (t.id === 'build' ? { ...t, start: '2027-03-15', finish: '2027-03-19' } : t))), approved);
    const [was, is] = [before.bars.get('build')!, moved.bars.get('build')!];

    expect(moved.scaleStart).toBe(before.scaleStart);
    expect(is.x - was.x).toBe(7 * CELL_WIDTH);
    expect(is.x + is.baseline!.left).toBe(was.x + was.baseline!.left);
    expect(is.baseline!.width).toBe(was.baseline!.width);
  });

  it('widens the time scale to a baseline earlier than every task, and scales with the cell width (zoom)', () => {
    const early: Baseline = { name: 'Early', tasks: [{ taskId: 'design', start: '2027-02-15', finish: '2027-02-19' }] };
    const { scaleStart, bars } = layout(plan(tasks), early);
    const design = bars.get('design')!;

    expect(scaleStart).toBe('2027-02-14');
    expect(design.x + design.baseline!.left).toBe(CELL_WIDTH);
    const zoomed = layout(plan(tasks), early, 2 * CELL_WIDTH).bars.get('design')!;
    expect(zoomed.baseline).toEqual({ left: 2 * design.baseline!.left, width: 2 * design.baseline!.width });
  });
});
