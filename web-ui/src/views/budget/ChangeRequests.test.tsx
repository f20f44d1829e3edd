import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Budget, ChangeRequest } from '../../api/budget';
import { ChangeRequests } from './ChangeRequests';
import { budgetActions } from './permissions';

const approved: Budget = {
  id: 'b-1',
  status: 'APPROVED',
  version: 7,
  currency: 'USD',
  lines: [{ lineId: 'l-1', category: 'TRAINING', months: [{ month: '2027-03', amount: 1000 }] }],
};
const pending: ChangeRequest = { id: 'cr-1', lineId: 'l-1', category: 'TRAINING', month: '2027-03', amount: 500, decision: 'PENDING', justification: 'More classes', requestedBy: 'pm.north' };

function changes(roles: Parameters<typeof budgetActions>[0]) {
  const onRequest = vi.fn();
  const onDecide = vi.fn();
  render(<ChangeRequests budget={approved} changes={[pending]} may={budgetActions(roles, 'APPROVED')} onRequest={onRequest} onDecide={onDecide} pending={false} error={null} />);
  return { onRequest, onDecide };
}

describe('change requests', () => {
  it('let a project manager ask for a change with the version read, and not decide one', async () => {
    const { onRequest } = changes(['PROJECT_MANAGER']);
    expect(screen.queryByRole('button', { name: 'Approve change' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Change \(/), '-250');
    await userEvent.type(screen.getByLabelText('Justification'), 'Fewer classes');
    await userEvent.click(screen.getByRole('button', { name: 'Ask for the change' }));
    expect(onRequest).toHaveBeenCalledWith({ lineId: 'l-1', month: '2027-03', amount: -250, justification: 'Fewer classes', version: 7 });
  });

  it('let finance approve or reject a pending change', async () => {
    const { onDecide } = changes(['FINANCE']);
    await userEvent.click(screen.getByRole('button', { name: 'Reject change' }));
    expect(onDecide).toHaveBeenCalledWith({ requestId: 'cr-1', approve: false, version: 7 });
    expect(screen.getByRole('button', { name: 'Approve change' })).toBeInTheDocument();
  });
});
