import { useEffect, useState, type FormEvent } from 'react';
import {
  assignRaci,
  isStale,
  recordProgress,
  reviseTask,
  revisionOf,
  type PlanTask,
  type RaciRole,
  type TaskStatus,
} from '../../api/planning';
import { changesOf, draftOf, raciOf, type TaskDraft } from './taskEdit';

const STATUS_LABEL: Record<TaskStatus, string> = { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', DONE: 'Done' };
const RACI_LABEL: Record<RaciRole, string> = {
  RESPONSIBLE: 'Responsible',
  ACCOUNTABLE: 'Accountable',
  CONSULTED: 'Consulted',
  INFORMED: 'Informed',
};

/**
 * One task: its dates, status, percent complete and RACI, editable as far as the user may. Each call carries the
 * revision read; a 409 means someone else changed the task: the plan is read again and the user told so.
 */
export function TaskPanel({
  rolloutId,
  task,
  mayDefine,
  mayProgress,
  onSaved,
}: {
  rolloutId: string;
  task: PlanTask;
  mayDefine: boolean;
  mayProgress: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const [draft, setDraft] = useState<TaskDraft>(() => draftOf(task));
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(draftOf(task)), [task]);
  const readOnly = !mayDefine && !mayProgress;

  async function save(event: FormEvent) {
    event.preventDefault();
    const changes = changesOf(task, draft, mayDefine);
    setSaving(true);
    setMessage(null);
    try {
      let revision = task.revision ?? 0;
      if (changes.definition) {
        const changed = await reviseTask(
          rolloutId,
          task.id!,
          revisionOf(task, { startNoEarlierThan: draft.startNoEarlierThan || undefined, durationDays: draft.durationDays, revision }),
        );
        revision = changed.task?.revision ?? revision;
      }
      if (changes.progress) {
        // Only what the user changed: the service infers the status from a percentage given alone.
        const before = draftOf(task);
        const changed = await recordProgress(rolloutId, task.id!, {
          status: draft.status !== before.status ? draft.status : undefined,
          percentComplete: draft.percentComplete !== before.percentComplete ? draft.percentComplete : undefined,
          revision,
        });
        revision = changed.task?.revision ?? revision;
      }
      if (changes.raci) await assignRaci(rolloutId, task.id!, raciOf(draft), revision);
      await onSaved();
      setMessage({ kind: 'status', text: 'Saved' });
    } catch (error) {
      if (isStale(error)) {
        await onSaved();
        setMessage({ kind: 'alert', text: 'This task was changed by someone else; it has been reloaded.' });
      } else {
        setMessage({ kind: 'alert', text: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      setSaving(false);
    }
  }

  const set = <K extends keyof TaskDraft>(key: K, value: TaskDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <section className="task-panel" aria-labelledby="task-panel-title">
      <h2 id="task-panel-title">{task.title}</h2>
      <p className="task-facts">
        {task.wbs} · {task.start} → {task.finish} · float {task.totalFloat ?? '–'} d{task.critical ? ' · critical' : ''}
      </p>
      <form onSubmit={(e) => void save(e)}>
        <fieldset disabled={readOnly || saving}>
          <label>
            Start no earlier than
            <input
              type="date"
              value={draft.startNoEarlierThan}
              readOnly={!mayDefine}
              onChange={(e) => set('startNoEarlierThan', e.target.value)}
            />
          </label>
          <label>
            Duration (working days)
            <input
              type="number"
              min={0}
              max={1000}
              value={draft.durationDays}
              readOnly={!mayDefine}
              onChange={(e) => set('durationDays', Number(e.target.value))}
            />
          </label>
          <label>
            Status
            <select value={draft.status} disabled={!mayProgress} onChange={(e) => set('status', e.target.value as TaskStatus)}>
              {(Object.keys(STATUS_LABEL) as TaskStatus[]).map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABEL[status]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Percent complete
            <input
              type="number"
              min={0}
              max={100}
              value={draft.percentComplete}
              readOnly={!mayProgress}
              onChange={(e) => set('percentComplete', Number(e.target.value))}
            />
          </label>
          {(Object.keys(RACI_LABEL) as RaciRole[]).map((role) => (
            <label key={role}>
              {RACI_LABEL[role]}
              <input
                value={draft.raci[role]}
                readOnly={!mayDefine}
                onChange={(e) => set('raci', { ...draft.raci, [role]: e.target.value })}
              />
            </label>
          ))}
        </fieldset>
        {!readOnly && (
          <button type="submit" disabled={saving}>
            Save task
          </button>
        )}
      </form>
      {message && (
        <p role={message.kind} className={message.kind === 'alert' ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
