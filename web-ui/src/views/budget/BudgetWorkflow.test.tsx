import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http';
import type { Budget } from '../../api/budget';
import { BudgetWorkflow } from './BudgetWorkflow';
import { ImportResult } from './ErpImport';
import { budgetActions } from './permissions';

const submitted: Budget = { id: 'b-1', status: 'SUBMITTED', version: 3, currency: 'USD', total: { amount: '1000', currency: 'USD' } };

function workflow(roles: Parameters<typeof budgetActions>[0], error: unknown = null) {
  const onAction = vi.fn();
  render(
    <BudgetWorkflow budget={submitted} may={budgetActions(roles, 'SUBMITTED')} pending={false} error={error} onAction={onAction} onReload={() => {}} />,
  );
  return onAction;
}

describe('the approval workflow', () => {
  it('lets finance approve with the version it read', async () => {
    const onAction = workflow(['FINANCE']);
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'approve', version: 3, overrideReason: undefined });
  });

  it('shows a project manager no approve or return action', () => {
    workflow(['PROJECT_MANAGER']);
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Return to draft' })).not.toBeInTheDocument();
    expect(screen.getByText(/no workflow action/)).toBeInTheDocument();
  });

  it('says plainly when the budget changed since it was read (409)', () => {
    workflow(['FINANCE'], new ApiError(409, { title: 'Conflict', detail: 'Budget b-1 is at version 4, not 3' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/changed this budget since you opened it \(409\).*version 4, not 3/);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});

describe('the ERP import report', () => {
  it('lists the rejected rows by line and column', () => {
    render(
      <ImportResult
        report={{ rowsRead: 3, recorded: 1, alreadyRecorded: 1, rejected: [{ line: 4, column: 'amount', message: 'not a number' }] }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 rows read: 1 booked, 1 already booked, 1 rejected');
    expect(screen.getByRole('row', { name: '4 amount not a number' })).toBeInTheDocument();
  });
});
