// Planning-service's site plan as the Site plan view uses it: the plan, a task's changes with the revision read
// (optimistic lock), the go-live move (previewed first) with the rollout's version, baselines and variance, MS Project files.
import { api, ApiError, orNotFound, requestHeaders } from './http';
import type { components } from './generated/planning';

type Schemas = components['schemas'];
export type Plan = Schemas['PlanView'];
export type PlanTask = Schemas['TaskView'];
export type Rollout = Schemas['RolloutView'];
export type Assignment = Schemas['Assignment'];
export type TaskChange = Schemas['TaskChangeView'];
export type GoLiveMoved = Schemas['GoLiveMoved'];
export type GoLivePreview = Schemas['GoLivePreview'];
export type Move = Schemas['Move'];
export type Baseline = Schemas['BaselineView'];
export type TaskVariance = Schemas['TaskVariance'];
export type SiteCalendar = Schemas['CalendarView'];
export type SiteCalendarForm = Schemas['SiteCalendarForm'];
export type CalendarSet = Schemas['CalendarSet'];
export type Weekday = NonNullable<SiteCalendar['workingWeekdays']>[number];
export type TaskStatus = NonNullable<PlanTask['status']>;
export type RaciRole = NonNullable<Assignment['role']>;

/** The body of a task's PUT: the whole task, as the service's TaskForm describes it. */
export type TaskRevision = Schemas['TaskForm'];

const rolloutPath = (rolloutId: string) => `/planning/rollouts/${encodeURIComponent(rolloutId)}`;
const taskPath = (rolloutId: string, taskId: string) =>
  `${rolloutPath(rolloutId)}/plan/tasks/${encodeURIComponent(taskId)}`;

export const readRollout = (rolloutId: string) => api<Rollout>(rolloutPath(rolloutId));

/** The plan, or null when the site has none yet (404). */
export const readPlan = (rolloutId: string) => orNotFound(api<Plan>(`${rolloutPath(rolloutId)}/plan`));

/** The form a task's PUT takes, from the task as read, with the changes given. */
export function revisionOf(task: PlanTask, changes: Partial<TaskRevision>): TaskRevision {
  return {
    wbs: task.wbs,
    phase: task.phase,
    title: task.title ?? task.id ?? '',
    startNoEarlierThan: task.startNoEarlierThan,
    deadline: task.deadline,
    durationDays: task.durationDays ?? 0,
    dependencies: task.dependencies,
    effortHours: task.effortHours,
    readinessCriterion: task.readinessCriterion,
    raci: task.raci,
    // A PUT replaces the task: its constraint goes back too, or an edit would drop a must-start-on date. SNET travels
    // as startNoEarlierThan and ASAP is the absence of one (the service refuses a second constraint beside SNET).
    ...(task.constraintType && task.constraintType !== 'ASAP' && task.constraintType !== 'SNET'
      ? { constraintType: task.constraintType, constraintDate: task.constraintDate }
      : {}),
    // An hour-level task keeps its duration and calendar (lags travel in dependencies), unless the edit sets days.
    ...(task.duration && !('durationDays' in changes) ? { duration: task.duration } : {}),
    ...(task.calendar ? { calendar: task.calendar } : {}),
    revision: task.revision ?? 0,
    ...changes,
  };
}

export const reviseTask = (rolloutId: string, taskId: string, form: TaskRevision) =>
  api<TaskChange>(taskPath(rolloutId, taskId), { method: 'PUT', body: form });

export const recordProgress = (
  rolloutId: string,
  taskId: string,
  progress: { status?: TaskStatus; percentComplete?: number; revision: number },
) => api<TaskChange>(`${taskPath(rolloutId, taskId)}/progress`, { method: 'POST', body: progress });

export const assignRaci = (rolloutId: string, taskId: string, raci: Assignment[], revision: number) =>
  api<TaskChange>(`${taskPath(rolloutId, taskId)}/raci`, { method: 'PUT', body: { raci, revision } });

export const moveGoLive = (rolloutId: string, goLiveDate: string, reason: string, version: number) =>
  api<GoLiveMoved>(`${rolloutPath(rolloutId)}/go-live`, { method: 'PUT', body: { goLiveDate, reason, version } });

/** What moving go-live to {@code goLiveDate} would do, computed on the rollout's version read; nothing is stored. */
export const previewGoLive = (rolloutId: string, goLiveDate: string, version: number) =>
  api<GoLivePreview>(`${rolloutPath(rolloutId)}/go-live/preview`, { method: 'POST', body: { goLiveDate, version } });

export const setBaseline = (rolloutId: string, name: string) =>
  api<Baseline>(`${rolloutPath(rolloutId)}/plan/baselines`, { method: 'POST', body: { name } });

export const readBaseline = (rolloutId: string, name: string) =>
  api<Baseline>(`${rolloutPath(rolloutId)}/plan/baselines/${encodeURIComponent(name)}`);

export const readVariance = (rolloutId: string, baseline: string) =>
  api<TaskVariance[]>(`${rolloutPath(rolloutId)}/plan/variance?baseline=${encodeURIComponent(baseline)}`);

/** Where the browser downloads the plan as Microsoft Project XML (the gateway relays the session's token). */
export const exportXmlUrl = (rolloutId: string) => `/api${rolloutPath(rolloutId)}/plan/export.xml`;

/** Creates the site's plan from a Microsoft Project XML file, sent as it is. */
export const importXml = (rolloutId: string, file: Blob, fileName: string) =>
  sendXml<{ warnings?: string[] }>('POST', `${rolloutPath(rolloutId)}/plan/import?fileName=${encodeURIComponent(fileName)}`, file);

/** What a replace answers: the new plan, and what went with the old one. */
export type Replaced = Schemas['Replaced'];

/**
 * Replaces the site's plan whole with one from a Microsoft Project XML file, on the rollout's version read (a stale
 * one is 409): the old tasks, their progress and baselines are discarded.
 */
export const replaceXml = (rolloutId: string, file: Blob, fileName: string, version: number) =>
  sendXml<Replaced>(
    'PUT',
    `${rolloutPath(rolloutId)}/plan/import?fileName=${encodeURIComponent(fileName)}&version=${version}`,
    file,
  );

async function sendXml<T>(method: 'POST' | 'PUT', path: string, file: Blob): Promise<T> {
  const headers = requestHeaders(method, undefined);
  headers.set('Content-Type', 'application/xml');
  const response = await fetch(`/api${path}`, { method, credentials: 'same-origin', headers, body: file });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return (body ?? {}) as T;
}

const calendarPath = (rolloutId: string, name: string) =>
  `${rolloutPath(rolloutId)}/plan/calendars/${encodeURIComponent(name)}`;

/** One of the site's calendars ("Standard": the site's own). */
export const readCalendar = (rolloutId: string, name: string) => api<SiteCalendar>(calendarPath(rolloutId, name));

/** Sets the calendar whole, with the rollout's version as read; the plan is rescheduled on it. */
export const setCalendar = (rolloutId: string, name: string, form: SiteCalendarForm) =>
  api<CalendarSet>(calendarPath(rolloutId, name), { method: 'PUT', body: form });

/** True when the call was refused because someone else changed the task or rollout since it was read. */
export const isStale = (error: unknown) => error instanceof ApiError && error.status === 409;
