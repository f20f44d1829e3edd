import { useState, type FormEvent } from 'react';
import { actionError, type Budget, type ChangeDecision, type ChangeDraft, type ChangeRequest } from '../../api/budget';
import type { BudgetActions } from './permissions';
import { categoryLabel, money, monthsOf } from './phasing';

interface Props {
  budget: Budget;
  changes: readonly ChangeRequest[];
  may: BudgetActions;
  onRequest: (draft: ChangeDraft) => void;
  onDecide: (decision: ChangeDecision) => void;
  pending: boolean;
  error: unknown;
}

/** Changes to an approved budget: asked for by its planners with a justification, decided by finance. */
export function ChangeRequests({ budget, changes, may, onRequest, onDecide, pending, error }: Props) {
  const version = Number(budget.version ?? 0);
  const lines = budget.lines ?? [];
  const [lineId, setLineId] = useState('');
  const [month, setMonth] = useState('');
  const [amount, setAmount] = useState('');
  const [justification, setJustification] = useState('');
  const months = monthsOf(lines);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const line = lines.find((l) => l.lineId === (lineId || lines[0]?.lineId));
    onRequest({ lineId: line?.lineId, month: month || months[0], amount: Number(amount), justification, version });
  };
  return (
    <section aria-labelledby="changes-title" className="panel">
      <h2 id="changes-title">Change requests</h2>
      {changes.length === 0 ? (
        <p>No change requests.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Change requests">
          <table>
            <caption className="visually-hidden">Change requests</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Month</th>
                <th scope="col">Change</th>
                <th scope="col">Justification</th>
                <th scope="col">Asked by</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.id}>
                  <td>{categoryLabel(change.category)}</td>
                  <td>{change.month}</td>
                  <td className="num">{money(change.amount ?? null, budget.currency)}</td>
                  <td className="wrap">{change.justification}</td>
                  <td>{change.requestedBy}</td>
                  <td>
                    {change.decision === 'PENDING' && may.decideChange ? (
                      <span className="actions">
                        <button type="button" disabled={pending} onClick={() => onDecide({ requestId: change.id ?? '', approve: true, version })}>
                          Approve change
                        </button>
                        <button type="button" disabled={pending} onClick={() => onDecide({ requestId: change.id ?? '', approve: false, version })}>
                          Reject change
                        </button>
                      </span>
                    ) : (
                      <>
                        {change.decision}
                        {change.decidedBy && <small> by {change.decidedBy}</small>}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {may.requestChange && (
        <form className="filters" onSubmit={submit} aria-label="Ask for a change">
          <label>
            Line
            <select value={lineId} onChange={(e) => setLineId(e.target.value)}>
              {lines.map((line) => (
                <option key={line.lineId} value={line.lineId}>
                  {categoryLabel(line.category)} {line.description ? `— ${line.description}` : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            Month
            <input value={month} placeholder={months[0] ?? '2027-03'} pattern="\d{4}-\d{2}" onChange={(e) => setMonth(e.target.value)} />
          </label>
          <label>
            Change (+ adds, − takes away)
            <input type="number" step="0.01" required value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
          <label>
            Justification
            <input required maxLength={2000} value={justification} onChange={(e) => setJustification(e.target.value)} />
          </label>
          <button type="submit" disabled={pending}>
            Ask for the change
          </button>
        </form>
      )}
      {error != null && (
        <p role="alert" className="problem">
          {actionError(error)}
        </p>
      )}
    </section>
  );
}
