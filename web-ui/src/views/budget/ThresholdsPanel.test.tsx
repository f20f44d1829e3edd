import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http';
import type { BudgetThresholds, ProgramThresholds } from '../../api/budget';
import { ThresholdsPanel } from './ThresholdsPanel';
import { budgetActions } from './permissions';

const own: BudgetThresholds = {
  budgetId: 'r-1-FY2028',
  programId: 'p-1',
  percents: [75, 90],
  ownPercents: [75, 90],
  source: 'BUDGET',
  crossed: [{ scope: 'TOTAL', percent: 75 }, { scope: 'CATEGORY', category: 'TRAINING', percent: 90 }],
  version: 7,
};
const program: ProgramThresholds = { programId: 'p-1', percents: [90, 100], source: 'PROGRAM', version: 2 };

function panel(roles: Parameters<typeof budgetActions>[0], error: unknown = null) {
  const onChange = vi.fn();
  render(
    <ThresholdsPanel thresholds={own} program={program} maySet={budgetActions(roles, 'APPROVED').setThresholds} onChange={onChange} pending={false} error={error} />,
  );
  return onChange;
}

describe('the alert thresholds', () => {
  it('says what applies, where it comes from and what spend has passed', () => {
    panel(['VIEWER']);
    expect(screen.getByText(/passes 75 % and 90 % of approved \(this budget’s own\)/)).toBeInTheDocument();
    expect(screen.getByText(/Passed: the whole budget 75 %, Training 90 %/)).toBeInTheDocument();
    expect(screen.getByText(/The program’s budgets use 90 % and 100 %/)).toBeInTheDocument();
  });

  it('lets finance set a budget’s thresholds with the version it read, and the program’s with the program’s', async () => {
    const onChange = panel(['FINANCE']);
    const field = screen.getByLabelText('This budget’s thresholds (percent, ascending)');
    await userEvent.clear(field);
    await userEvent.type(field, '60, 80, 100');
    await userEvent.click(screen.getByRole('button', { name: 'Set for this budget' }));
    expect(onChange).toHaveBeenCalledWith({ scope: 'budget', budgetId: 'r-1-FY2028', percents: [60, 80, 100], version: 7 });

    await userEvent.click(screen.getByRole('button', { name: 'Follow the program’s thresholds' }));
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'budget', budgetId: 'r-1-FY2028', percents: null, version: 7 });

    const programField = screen.getByLabelText('Every budget of the program (percent, ascending)');
    await userEvent.clear(programField);
    await userEvent.type(programField, '85 100');
    await userEvent.click(screen.getByRole('button', { name: 'Set for the program' }));
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'program', programId: 'p-1', percents: [85, 100], version: 2 });
  });

  it('names a bad entry before any call', async () => {
    const onChange = panel(['PMO_ADMIN']);
    const field = screen.getByLabelText('This budget’s thresholds (percent, ascending)');
    await userEvent.clear(field);
    await userEvent.type(field, '100, 90');
    await userEvent.click(screen.getByRole('button', { name: 'Set for this budget' }));
    expect(screen.getByRole('alert')).toHaveTextContent('ascending');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows a project manager no control', () => {
    panel(['PROJECT_MANAGER']);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('asks for a reload when someone changed the budget meanwhile', () => {
    panel(['FINANCE'], new ApiError(409, { detail: 'Budget r-1-FY2028 was changed by someone else' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/409.*Reload/);
  });
});
