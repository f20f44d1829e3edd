// From planning's plan to what the Gantt draws, and who may change what. Pure functions: tested without a browser.
import type { ILink, ITask } from '@svar-ui/react-gantt';
import type { Baseline, Plan, PlanTask, Rollout } from '../../api/planning';
import type { Role } from '../../api/roles';

/** A calendar day ("2027-06-05") as a local Date at midnight, as the Gantt's day scale counts. */
export function day(iso: string): Date {
  const [year, month, date] = iso.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** A local Date as a calendar day ("2027-06-05"). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const nextDay = (iso: string) => {
  const date = day(iso);
  date.setDate(date.getDate() + 1);
  return date;
};

/** Planning's dependency types as the Gantt names its links. */
const LINK_TYPE = { FS: 'e2s', SS: 's2s', FF: 'e2e', SF: 's2e' } as const;

export interface GanttTask extends ITask {
  critical: boolean;
  baselineFinish?: string;
  finishVariance?: number;
}

/**
 * One bar per task (milestones as diamonds), coloured as critical when on the critical path; planning's finish is
 * the last working day, so the bar ends the day after. Baseline finish and variance come from the chosen baseline,
 * and so do the baseline's bar dates (`base_start`, `base_end`), which the Gantt places on its own time scale; a task
 * the baseline does not know has none.
 */
export function ganttTasks(plan: Plan, baseline?: Baseline | null): GanttTask[] {
  const critical = new Set(plan.criticalPath ?? []);
  const baselined = new Map((baseline?.tasks ?? []).filter((dates) => dates.start && dates.finish).map((dates) => [dates.taskId, dates]));
  return (plan.tasks ?? [])
    .filter((task) => task.id && task.start && task.finish)
    .map((task) => {
      const onPath = critical.has(task.id!) || task.critical === true;
      const planned = baselined.get(task.id!);
      return {
        id: task.id!,
        text: task.title ?? task.id,
        start: day(task.start!),
        end: task.milestone ? day(task.start!) : nextDay(task.finish!),
        progress: task.percentComplete ?? 0,
        type: task.milestone ? 'milestone' : onPath ? 'critical' : 'task',
        critical: onPath,
        baselineFinish: planned?.finish,
        finishVariance: planned ? daysBetween(planned.finish!, task.finish!) : undefined,
        ...(planned && {
          base_start: day(planned.start!),
          base_end: task.milestone ? day(planned.start!) : nextDay(planned.finish!),
        }),
      };
    });
}

/** The part of SVAR's time scale the baseline bars need (its `_scales` and `cellWidth` state). */
export interface TimeScale {
  start: Date;
  lengthUnit: string;
  diff: (a: Date, b: Date, lengthUnit?: never, unitSize?: boolean) => number;
  cellWidth: number;
}

/** A baseline bar's place inside its task's bar: px from the bar's left edge, and its width. */
export interface BaselineBar {
  left: number;
  width: number;
}

/**
 * Where a task's baseline bar goes, relative to the task's own bar (SVAR draws each bar at `$x`): the baseline dates
 * measured on SVAR's time scale exactly as SVAR places bars (units from the scale's start times the cell width,
 * rounded), so the two stay aligned when the scale scrolls or zooms. A milestone's baseline is a point (width 0).
 * Null when the task has no baseline.
 */
export function baselineBar(task: Pick<GanttTask, 'base_start' | 'base_end' | 'type'> & { $x: number }, scale: TimeScale): BaselineBar | null {
  const milestone = task.type === 'milestone';
  // SVAR keeps no end date on a milestone (its own or its baseline's): its start is its day.
  if (!task.base_start || (!milestone && !task.base_end)) return null;
  const unit = scale.lengthUnit as never;
  const x = (date: Date) => Math.round(scale.diff(date, scale.start, unit) * scale.cellWidth);
  const width = milestone ? 0 : Math.round(scale.diff(task.base_end!, task.base_start, unit, true) * scale.cellWidth);
  return { left: x(task.base_start) - task.$x, width };
}

/**
 * The dates the time scale must reach for the baseline bars to fit (SVAR sizes its scale from the tasks' own dates
 * and widens it from these), a day either side; none without a baseline.
 */
export function baselineSpan(tasks: GanttTask[]): { start?: Date; end?: Date } {
  let start: Date | undefined;
  let end: Date | undefined;
  for (const task of tasks) {
    if (task.base_start && (!start || task.base_start < start)) start = task.base_start;
    if (task.base_end && (!end || task.base_end > end)) end = task.base_end;
  }
  const shift = (date: Date | undefined, days: number) =>
    date && new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  return { start: shift(start, -1), end: shift(end, 1) };
}

/** The baseline a site plan is compared with when nobody has chosen one: the one set last, or none. */
export function latestBaseline(plan: Plan): string {
  const latest = [...(plan.baselines ?? [])].sort((a, b) => (a.setAt ?? '').localeCompare(b.setAt ?? '')).pop();
  return latest?.name ?? '';
}

/** Calendar days from one day to another (positive: later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((day(to).getTime() - day(from).getTime()) / 86_400_000);
}

/** A link per dependency between two tasks of the plan. */
export function ganttLinks(plan: Plan): ILink[] {
  const ids = new Set((plan.tasks ?? []).map((task) => task.id));
  return (plan.tasks ?? []).flatMap((task) =>
    (task.dependencies ?? [])
      .filter((dependency) => ids.has(dependency.taskId))
      .map((dependency) => ({
        id: `${dependency.taskId}>${task.id}`,
        source: dependency.taskId,
        target: task.id!,
        type: LINK_TYPE[dependency.type ?? 'FS'],
      })),
  );
}

/** The CSS class of a day on the timeline: today's and the go-live's columns are marked. */
export function dayMark(date: Date, today: string, goLive: string | undefined): string {
  const iso = isoDay(date);
  if (iso === goLive) return 'plan-go-live';
  if (iso === today) return 'plan-today';
  return '';
}

/** What the signed-in user may do on this site's plan (planning's access rules, and its per-rollout check). */
export interface PlanRights {
  edit: boolean;
  progressOn: (task: PlanTask) => boolean;
}

export function planRights(roles: readonly Role[], username: string, rollout: Rollout | undefined): PlanRights {
  const edit =
    roles.includes('PMO_ADMIN') || (roles.includes('PROJECT_MANAGER') && rollout?.projectManager === username);
  const contributor = roles.includes('CONTRIBUTOR');
  return {
    edit,
    // A contributor records progress only on the tasks they are responsible or accountable for.
    progressOn: (task) =>
      edit ||
      (contributor &&
        (task.raci ?? []).some((a) => a.party === username && (a.role === 'RESPONSIBLE' || a.role === 'ACCOUNTABLE'))),
  };
}
