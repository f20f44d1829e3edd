import { useState } from 'react';
import { useConflictActions, useConflicts, type Conflict, type ConflictAction, type ConflictStatus, type Scope } from '../../api/stakeholders';
import { RaiseConflict } from './RaiseConflict';
import { Pager } from './Register';
import { conflictError, label, nextLevel, type ConflictRights } from './stakeholders';

const STATUSES: readonly ConflictStatus[] = ['OPEN', 'IN_MEDIATION', 'ESCALATED', 'RESOLVED'];

/** The conflict log, most urgent first, with the actions the user may take on each (raise, escalate, mediate, resolve). */
export function ConflictLog({ scope, rights, username }: { scope: Scope; rights: ConflictRights; username: string }) {
  const [status, setStatus] = useState<ConflictStatus | ''>('');
  const [page, setPage] = useState(0);
  const conflicts = useConflicts(scope, status, page);
  const actions = useConflictActions(scope);
  const data = conflicts.data;
  return (
    <section aria-labelledby="conflicts-title" className="panel">
      <h2 id="conflicts-title">Conflict log</h2>
      {rights.raise && scope.kind === 'rollout' && (
        <RaiseConflict scope={scope} username={username} pending={actions.raise.isPending} error={actions.raise.error}
          onRaise={(form, done) => actions.raise.mutate(form, { onSuccess: done })} />
      )}
      <div className="filters">
        <label>
          Status
          <select value={status} onChange={(e) => { setStatus(e.target.value as ConflictStatus | ''); setPage(0); }}>
            <option value="">Any</option>
            {STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
          </select>
        </label>
      </div>
      {actions.act.error != null && <p role="alert" className="problem">{conflictError(actions.act.error)}</p>}
      {conflicts.isPending && <p role="status">Loading the conflicts…</p>}
      {conflicts.isError && <p role="alert">The conflict log could not be loaded: {conflicts.error.message}</p>}
      {data && (data.conflicts ?? []).length === 0 && <p>No conflict{status ? ` ${label(status).toLowerCase()}` : ''}.</p>}
      {data && (data.conflicts ?? []).length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Conflict log">
          <table className="conflicts with-actions">
            <caption>{data.total} conflicts, earliest due first</caption>
            <thead>
              <tr>
                <th scope="col">Conflict</th>
                <th scope="col">Kind</th>
                <th scope="col">Severity</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">With</th>
                <th scope="col">Decision</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {(data.conflicts ?? []).map((conflict) => (
                <ConflictRow key={conflict.id} conflict={conflict} may={rights.change(conflict)} pending={actions.act.isPending}
                  onAction={(action) => actions.act.mutate(action, { onError: () => void conflicts.refetch() })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <Pager page={data.page ?? 0} totalPages={data.totalPages ?? 0} onPage={setPage} what="conflict log" />}
    </section>
  );
}

function ConflictRow({ conflict, may, pending, onAction }: { conflict: Conflict; may: boolean; pending: boolean; onAction: (a: ConflictAction) => void }) {
  const [resolving, setResolving] = useState(false);
  const [decision, setDecision] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const id = conflict.id ?? '';
  const version = Number(conflict.version ?? 0);
  const next = nextLevel(conflict.level);
  return (
    <tr>
      <td className="wrap">
        {conflict.title}
        {conflict.sbar?.situation && <><br /><small>{conflict.sbar.situation}</small></>}
      </td>
      <td>{label(conflict.kind)}</td>
      <td>{label(conflict.severity)}</td>
      <td>{conflict.owner}</td>
      <td>
        {conflict.dueDate}
        {conflict.overdue && <> <strong className="negative">overdue</strong></>}
      </td>
      <td>{label(conflict.status)}</td>
      <td>{label(conflict.level)}</td>
      <td className="wrap">
        {conflict.resolution ? `${conflict.resolution.decision} (${conflict.resolution.decidedBy}, ${conflict.resolution.decidedAt?.slice(0, 10)})` : ''}
      </td>
      <td className="wrap">
        {may && (
          <div className="actions">
            {next && (
              <button type="button" disabled={pending} onClick={() => onAction({ kind: 'escalation', id, version })}>
                Escalate to {label(next).toLowerCase()}<Named title={conflict.title} />
              </button>
            )}
            {conflict.status === 'OPEN' && (
              <button type="button" disabled={pending} onClick={() => onAction({ kind: 'mediation', id, version })}>
                Start mediation<Named title={conflict.title} />
              </button>
            )}
            {!resolving && (
              <button type="button" onClick={() => setResolving(true)}>
                Resolve…<Named title={conflict.title} />
              </button>
            )}
            {resolving && (
              <form className="actions" onSubmit={(e) => { e.preventDefault(); onAction({ kind: 'resolution', id, version, decision, decidedBy: decidedBy || undefined }); }}>
                <label>
                  Decision
                  <input value={decision} required maxLength={2000} onChange={(e) => setDecision(e.target.value)} />
                </label>
                <label>
                  Decided by (if not you)
                  <input value={decidedBy} maxLength={200} onChange={(e) => setDecidedBy(e.target.value)} />
                </label>
                <button type="submit" className="primary" disabled={pending || !decision.trim()}>Record the decision</button>
              </form>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

/** The conflict a row's button acts on, for screen readers: the button's name starts with what it shows. */
function Named({ title }: { title?: string }) {
  return <span className="visually-hidden">: {title}</span>;
}
