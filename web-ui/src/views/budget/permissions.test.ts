import { describe, expect, it } from 'vitest';
import { budgetActions, mayReadBudgets } from './permissions';

describe('what a role may do on a budget', () => {
  it('lets finance alone approve or return a submitted budget', () => {
    expect(budgetActions(['FINANCE'], 'SUBMITTED')).toMatchObject({ approve: true, return: true, submit: false });
    expect(budgetActions(['PROJECT_MANAGER'], 'SUBMITTED')).toMatchObject({ approve: false, return: false });
    expect(budgetActions(['PMO_ADMIN'], 'SUBMITTED')).toMatchObject({ approve: false, return: false });
  });

  it('lets planners submit a draft and ask for changes to an approved budget, which finance decides', () => {
    expect(budgetActions(['PROJECT_MANAGER'], 'DRAFT').submit).toBe(true);
    expect(budgetActions(['PROJECT_MANAGER'], 'APPROVED')).toMatchObject({ requestChange: true, decideChange: false, close: false });
    expect(budgetActions(['FINANCE'], 'APPROVED')).toMatchObject({ decideChange: true, close: true, approve: false });
  });

  it('gives viewers nothing to do and keeps ERP bookings to finance on budgets not closed', () => {
    expect(Object.entries(budgetActions(['VIEWER'], 'DRAFT')).filter(([, may]) => may).map(([action]) => action)).toEqual(['readProgram']);
    expect(budgetActions(['FINANCE'], 'APPROVED').importErp).toBe(true);
    expect(budgetActions(['FINANCE'], 'CLOSED').importErp).toBe(false);
    expect(budgetActions(['PMO_ADMIN'], 'APPROVED').importErp).toBe(false);
  });

  it('lets finance and the PMO alone set thresholds, on a budget not closed', () => {
    expect(budgetActions(['FINANCE'], 'APPROVED').setThresholds).toBe(true);
    expect(budgetActions(['PMO_ADMIN'], 'DRAFT').setThresholds).toBe(true);
    expect(budgetActions(['PROJECT_MANAGER'], 'APPROVED').setThresholds).toBe(false);
    expect(budgetActions(['VIEWER'], 'APPROVED').setThresholds).toBe(false);
    expect(budgetActions(['FINANCE'], 'CLOSED').setThresholds).toBe(false);
  });

  it('hides the program roll-up from project managers and budgets from contributors', () => {
    expect(budgetActions(['PROJECT_MANAGER'], 'APPROVED').readProgram).toBe(false);
    expect(mayReadBudgets(['CONTRIBUTOR'])).toBe(false);
    expect(mayReadBudgets(['VIEWER'])).toBe(true);
  });
});
