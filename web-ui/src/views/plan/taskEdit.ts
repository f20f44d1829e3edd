// A task panel's edit as the calls planning takes, one after the other, each with the revision the last answered.
import type { Assignment, PlanTask, RaciRole, TaskStatus } from '../../api/planning';

export interface TaskDraft {
  startNoEarlierThan: string;
  durationDays: number;
  status: TaskStatus;
  percentComplete: number;
  raci: Record<RaciRole, string>;
}

const ROLES: RaciRole[] = ['RESPONSIBLE', 'ACCOUNTABLE', 'CONSULTED', 'INFORMED'];

/** Parties of a role as a comma-separated list ("Interface lead, Lab manager"). */
export function draftOf(task: PlanTask): TaskDraft {
  const parties = (role: RaciRole) =>
    (task.raci ?? [])
      .filter((a) => a.role === role)
      .map((a) => a.party ?? '')
      .join(', ');
  return {
    startNoEarlierThan: task.startNoEarlierThan ?? task.start ?? '',
    durationDays: task.durationDays ?? 0,
    status: task.status ?? 'NOT_STARTED',
    percentComplete: task.percentComplete ?? 0,
    raci: Object.fromEntries(ROLES.map((role) => [role, parties(role)])) as Record<RaciRole, string>,
  };
}

export function raciOf(draft: TaskDraft): Assignment[] {
  return ROLES.flatMap((role) =>
    draft.raci[role]
      .split(',')
      .map((party) => party.trim())
      .filter(Boolean)
      .map((party) => ({ party, role })),
  );
}

/** Which of the three calls an edit needs: the definition (dates), the progress, the RACI. */
export function changesOf(task: PlanTask, draft: TaskDraft, mayDefine: boolean) {
  const before = draftOf(task);
  const sameRaci = JSON.stringify(raciOf(before)) === JSON.stringify(raciOf(draft));
  return {
    definition:
      mayDefine &&
      (draft.startNoEarlierThan !== before.startNoEarlierThan || draft.durationDays !== before.durationDays),
    progress: draft.status !== before.status || draft.percentComplete !== before.percentComplete,
    raci: mayDefine && !sameRaci,
  };
}
