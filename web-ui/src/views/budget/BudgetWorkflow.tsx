import { useState } from 'react';
import { actionError, type Budget, type WorkflowAction } from '../../api/budget';
import type { BudgetActions } from './permissions';
import { money } from './phasing';

interface Props {
  budget: Budget;
  may: BudgetActions;
  pending: boolean;
  error: unknown;
  onAction: (action: WorkflowAction) => void;
  onReload: () => void;
}

export const STATUS_LABEL: Record<string, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  CLOSED: 'Closed',
};

/**
 * The approval workflow: draft → submitted → approved → closed, or returned to draft. Each action sends the version
 * read with the budget; a 409 (someone acted first, or the envelope is exceeded without an override) is shown as is.
 */
export function BudgetWorkflow({ budget, may, pending, error, onAction, onReload }: Props) {
  const [reason, setReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const version = Number(budget.version ?? 0);
  const any = may.submit || may.approve || may.return || may.close;
  return (
    <section aria-labelledby="workflow-title" className="panel">
      <h2 id="workflow-title">Approval</h2>
      <p>
        Status <strong className={`status status-${(budget.status ?? '').toLowerCase()}`}>{STATUS_LABEL[budget.status ?? ''] ?? budget.status}</strong>{' '}
        (version {version})
        {budget.approval?.approvedBy && (
          <>
            {' '}
            — approved by {budget.approval.approvedBy} on {budget.approval.approvedAt?.slice(0, 10)} at{' '}
            {money(budget.approval.total, budget.currency)}
            {budget.approval.envelopeOverridden && <> over the envelope: “{budget.approval.overrideReason}”</>}
          </>
        )}
      </p>
      {!any && <p className="hint">Your role has no workflow action on a budget in this status.</p>}
      <div className="actions">
        {may.submit && (
          <button type="button" disabled={pending} onClick={() => onAction({ kind: 'submit', version })}>
            Submit for approval
          </button>
        )}
        {may.approve && (
          <>
            <label>
              Envelope override reason (only if it exceeds the envelope)
              <input value={overrideReason} maxLength={1000} onChange={(e) => setOverrideReason(e.target.value)} />
            </label>
            <button
              type="button"
              className="primary"
              disabled={pending}
              onClick={() => onAction({ kind: 'approve', version, overrideReason: overrideReason || undefined })}
            >
              Approve
            </button>
          </>
        )}
        {may.return && (
          <>
            <label>
              Reason to return
              <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="button" disabled={pending || !reason.trim()} onClick={() => onAction({ kind: 'return', version, reason })}>
              Return to draft
            </button>
          </>
        )}
        {may.close && (
          <button type="button" disabled={pending} onClick={() => onAction({ kind: 'close', version })}>
            Close budget
          </button>
        )}
      </div>
      {error != null && (
        <div role="alert" className="problem">
          {actionError(error)}{' '}
          <button type="button" onClick={onReload}>
            Reload
          </button>
        </div>
      )}
    </section>
  );
}
