import { describe, expect, it } from 'vitest';
import type { Line } from '../../api/budget';
import { byCategoryAndMonth, money, phasingChartOption, thresholdState } from './phasing';

const lines: Line[] = [
  { lineId: 'l1', category: 'SOFTWARE', months: [{ month: '2027-02', amount: 100 }, { month: '2027-01', amount: 50 }] },
  { lineId: 'l2', category: 'TRAINING', months: [{ month: '2027-02', amount: 30 }] },
  { lineId: 'l3', category: 'SOFTWARE', months: [{ month: '2027-03', amount: 20.5 }] },
];

describe('the budget phasing', () => {
  it('adds the lines of a category up by month, months in order', () => {
    expect(byCategoryAndMonth(lines)).toEqual({
      months: ['2027-01', '2027-02', '2027-03'],
      rows: [
        { category: 'SOFTWARE', amounts: [50, 100, 20.5], total: 170.5 },
        { category: 'TRAINING', amounts: [0, 30, 0], total: 30 },
      ],
    });
  });

  it('charts planned spend stacked by category and the actual spend per month as a line', () => {
    const option = phasingChartOption(lines, {
      months: { '2027-01': { planned: { amount: '50' }, actual: { amount: '45.00' }, variance: { amount: '5' } } },
    });
    expect(option.xAxis.data).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(option.series.map((s) => s.name)).toEqual(['Software', 'Training', 'Actual']);
    expect(option.series[0]).toMatchObject({ type: 'bar', stack: 'planned', data: [50, 100, 20.5] });
    expect(option.series[2]).toMatchObject({ type: 'line', data: [45, null, null] });
  });
});

describe('the spend thresholds', () => {
  const position = (approved: string, exposure: string) => ({ approved: { amount: approved }, exposure: { amount: exposure } });

  it('judges spend against 90 % and 100 % of approved', () => {
    expect(thresholdState(position('1000', '899.99'))).toEqual({ percent: 89.999, state: 'UNDER' });
    expect(thresholdState(position('1000', '900')).state).toBe('WARNING');
    expect(thresholdState(position('1000', '1000')).state).toBe('OVER');
    expect(thresholdState(position('0', '10'))).toEqual({ percent: null, state: 'UNDER' });
  });

  it('judges spend against the budget\'s own thresholds, naming the highest one passed', () => {
    expect(thresholdState(position('1000', '740'), [75, 90, 110]).state).toBe('UNDER');
    expect(thresholdState(position('1000', '950'), [75, 90, 110])).toEqual({ percent: 95, state: 'WARNING', passed: 90 });
    expect(thresholdState(position('1000', '1050'), [75, 90, 110])).toEqual({ percent: 105, state: 'OVER', passed: 90 });
    expect(thresholdState(position('1000', '1200'), [75, 90, 110]).passed).toBe(110);
  });

  it('writes money with two decimals and its currency', () => {
    expect(money({ amount: '12500', currency: 'USD' })).toBe('12,500.00 USD');
    expect(money(undefined)).toBe('—');
  });
});
