import { describe, expect, it } from 'vitest';
import type { BudgetRollUp } from '../../api/budget';
import { envelopeUse, rollUpChartOption, waveLabel } from './rollup';

const amounts = (approved: string, committed: string, actual: string, forecast: string) => ({
  planned: approved,
  approved,
  committed,
  actual,
  exposure: '0',
  forecast,
  variance: '0',
});

const rollUp: BudgetRollUp = {
  programId: 'p-1',
  currency: 'USD',
  fiscalYear: 2028,
  fiscalYears: [2028],
  program: { budgets: 3, total: amounts('410000.00', '60000.00', '105000.00', '475000.00'), fiscalYears: { '2028': amounts('410000.00', '60000.00', '105000.00', '475000.00') } },
  envelopes: [{ fiscalYear: 2028, amount: '1000000.00', allocated: '410000.00', remaining: '590000.00', version: 1 }],
  waves: [
    { waveId: 'w-s', waveName: 'South', sites: 1, figures: { budgets: 1, total: amounts('260000.00', '0', '75000.00', '275000.00') } },
    { sites: 1, figures: { budgets: 1, total: amounts('150000.00', '60000.00', '30000.00', '200000.00') } },
  ],
};

describe('the program’s budget roll-up', () => {
  it('sets the envelope against what approvals allocated, what is committed and what is spent', () => {
    expect(envelopeUse(rollUp, 2028)).toEqual({
      amount: 1_000_000,
      remaining: 590_000,
      allocated: 410_000,
      committed: 60_000,
      actual: 105_000,
      percent: { allocated: 41, committed: 6, actual: 10.5 },
    });
  });

  it('has no percents for a year without an envelope', () => {
    expect(envelopeUse({ ...rollUp, envelopes: [{ fiscalYear: 2028 }] }, 2028).percent.allocated).toBeNull();
  });

  it('charts each wave then the program, one bar per figure', () => {
    const option = rollUpChartOption(rollUp);
    expect(option.xAxis.data).toEqual(['South', 'No wave', 'Program']);
    expect(option.series.map((s) => s.name)).toEqual(['Approved', 'Committed', 'Actual', 'Forecast']);
    expect(option.series[2].data).toEqual([75_000, 30_000, 105_000]);
  });

  it('names the sites in no wave', () => {
    expect(waveLabel({ waveId: null })).toBe('No wave');
    expect(waveLabel({ waveId: 'w-1', waveName: 'North' })).toBe('North');
  });
});
