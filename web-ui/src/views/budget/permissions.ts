// What each role may do on a budget, from budget-service's AccessRules (the README's access table). The service
// decides on every call; the view only leaves out what the role could not use.
import type { Role } from '../../api/roles';
import type { BudgetStatus } from '../../api/budget';

export interface BudgetActions {
  submit: boolean;
  approve: boolean;
  return: boolean;
  close: boolean;
  requestChange: boolean;
  decideChange: boolean;
  importErp: boolean;
  readProgram: boolean;
  setThresholds: boolean;
}

const has = (roles: readonly Role[], ...wanted: Role[]) => wanted.some((role) => roles.includes(role));

/** The actions a user with these roles may take on a budget in this status. */
export function budgetActions(roles: readonly Role[], status: BudgetStatus | undefined): BudgetActions {
  const planner = has(roles, 'PMO_ADMIN', 'PROJECT_MANAGER', 'FINANCE');
  const finance = has(roles, 'FINANCE'); // approvals and bookings are finance's alone: segregation of duties
  return {
    submit: planner && status === 'DRAFT',
    approve: finance && status === 'SUBMITTED',
    return: finance && status === 'SUBMITTED',
    close: finance && status === 'APPROVED',
    requestChange: planner && status === 'APPROVED',
    decideChange: finance && status === 'APPROVED',
    importErp: finance && status !== undefined && status !== 'CLOSED', // a closed budget books nothing more
    readProgram: has(roles, 'PMO_ADMIN', 'FINANCE', 'VIEWER'),
    setThresholds: has(roles, 'PMO_ADMIN', 'FINANCE') && status !== 'CLOSED', // those who oversee the money
  };
}

/** Budgets are money: every role but contributors reads them. */
export const mayReadBudgets = (roles: readonly Role[]) => has(roles, 'PMO_ADMIN', 'PROJECT_MANAGER', 'FINANCE', 'VIEWER');
