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
 * the last working day, so the bar ends the day after. Baseline finish and variance come from the chosen baseline.
 */
export function ganttTasks(plan: Plan, baseline?: Baseline | null): GanttTask[] {
  const critical = new Set(plan.criticalPath ?? []);
  const baselineFinish = new Map((baseline?.tasks ?? []).map((dates) => [dates.taskId, dates.finish]));
  return (plan.tasks ?? [])
    .filter((task) => task.id && task.start && task.finish)
    .map((task) => {
      const onPath = critical.has(task.id!) || task.critical === true;
      const planned = baselineFinish.get(task.id!);
      return {
        id: task.id!,
        text: task.title ?? task.id,
        start: day(task.start!),
        end: task.milestone ? day(task.start!) : nextDay(task.finish!),
        progress: task.percentComplete ?? 0,
        type: task.milestone ? 'milestone' : onPath ? 'critical' : 'task',
        critical: onPath,
        baselineFinish: planned,
        finishVariance: planned ? daysBetween(planned, task.finish!) : undefined,
      };
    });
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
