import { useState, type FormEvent } from 'react';
import { useRegister, type ConflictKind, type DecisionMakerRole, type RaiseForm, type Scope, type Severity } from '../../api/stakeholders';
import { conflictError, label } from './stakeholders';

const KINDS: readonly ConflictKind[] = ['CLINICAL_TECHNICAL_WORKFLOW', 'RESOURCE', 'SCOPE', 'BUDGET', 'SCHEDULE', 'VENDOR'];
const SEVERITIES: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const DECIDERS: readonly DecisionMakerRole[] = ['PROJECT_MANAGER', 'CLINICAL_LEAD', 'TECHNICAL_LEAD', 'PMO_LEAD', 'EXECUTIVE_SPONSOR', 'STEERING_COMMITTEE'];

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

interface Props {
  scope: Scope & { kind: 'rollout' };
  username: string;
  pending: boolean;
  error: unknown;
  onRaise: (form: RaiseForm, done: () => void) => void;
}

/** Logs a conflict on the site between stakeholders of its register; it escalates by itself when overdue. */
export function RaiseConflict({ scope, username, pending, error, onRaise }: Props) {
  const register = useRegister(scope, { sort: 'name,asc', page: 0, size: 500 });
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ConflictKind>('CLINICAL_TECHNICAL_WORKFLOW');
  const [severity, setSeverity] = useState<Severity>('MEDIUM');
  const [decider, setDecider] = useState<DecisionMakerRole>('PROJECT_MANAGER');
  const [owner, setOwner] = useState(username);
  const [due, setDue] = useState(inAWeek);
  const [parties, setParties] = useState<string[]>([]);
  const [situation, setSituation] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRaise(
      { rolloutId: scope.id, title, kind, severity, owner, partyIds: parties, decisionMakerRole: decider, dueDate: due, sbar: situation ? { situation } : undefined },
      () => { setOpen(false); setTitle(''); setParties([]); setSituation(''); },
    );
  };
  if (!open) {
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>Log a conflict</button>
      </p>
    );
  }
  return (
    <form className="raise-conflict" onSubmit={submit} aria-label="Log a conflict">
      <div className="actions">
        <label>Title<input value={title} required maxLength={200} onChange={(e) => setTitle(e.target.value)} /></label>
        <label>Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as ConflictKind)}>
            {KINDS.map((k) => <option key={k} value={k}>{label(k)}</option>)}
          </select>
        </label>
        <label>Severity
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
          </select>
        </label>
        <label>Owner<input value={owner} required maxLength={200} onChange={(e) => setOwner(e.target.value)} /></label>
        <label>Due<input type="date" value={due} required onChange={(e) => setDue(e.target.value)} /></label>
        <label>Decided by
          <select value={decider} onChange={(e) => setDecider(e.target.value as DecisionMakerRole)}>
            {DECIDERS.map((d) => <option key={d} value={d}>{label(d)}</option>)}
          </select>
        </label>
        <label>Parties (one or more)
          <select multiple size={5} value={parties} required
            onChange={(e) => setParties([...e.target.selectedOptions].map((o) => o.value))}>
            {(register.data?.stakeholders ?? []).map((s) => <option key={s.id} value={s.id}>{s.name} ({label(s.roleGroup)})</option>)}
          </select>
        </label>
        <label>Situation<input value={situation} maxLength={4000} onChange={(e) => setSituation(e.target.value)} /></label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending || !title.trim() || parties.length === 0}>Log the conflict</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
      {error != null && <p role="alert" className="problem">{conflictError(error)}</p>}
    </form>
  );
}
