// A program's budget roll-up arranged for its tables and chart: pure functions, tested without a browser.
import type { BudgetRollUp, RollUpAmounts } from '../../api/budget';

const num = (text: string | null | undefined): number => {
  const value = Number(text ?? 0);
  return Number.isFinite(value) ? value : 0;
};

export const FIGURES = [
  ['approved', 'Approved'],
  ['committed', 'Committed'],
  ['actual', 'Actual'],
  ['forecast', 'Forecast'],
] as const;

/** Each wave's name; the sites in no wave are "No wave". */
export const waveLabel = (wave: { waveId?: string | null; waveName?: string | null }) =>
  wave.waveId ? (wave.waveName ?? wave.waveId) : 'No wave';

/**
 * The envelope of one fiscal year against what the program has approved (allocated), committed and spent; percents
 * of the envelope, null when none is set.
 */
export function envelopeUse(rollUp: BudgetRollUp, fiscalYear: number) {
  const envelope = (rollUp.envelopes ?? []).find((e) => e.fiscalYear === fiscalYear);
  const year: RollUpAmounts | undefined = rollUp.program?.fiscalYears?.[String(fiscalYear)];
  const amount = envelope?.amount ? num(envelope.amount) : null;
  const share = (value: number) => (amount ? (value / amount) * 100 : null);
  const allocated = num(envelope?.allocated);
  const committed = num(year?.committed);
  const actual = num(year?.actual);
  return {
    amount,
    remaining: envelope?.remaining ? num(envelope.remaining) : null,
    allocated,
    committed,
    actual,
    percent: { allocated: share(allocated), committed: share(committed), actual: share(actual) },
  };
}

/** Bars per wave (approved, committed, actual, forecast) and the program's total as the last group. */
export function rollUpChartOption(rollUp: BudgetRollUp) {
  const groups = [
    ...(rollUp.waves ?? []).map((wave) => ({ name: waveLabel(wave), amounts: wave.figures?.total })),
    { name: 'Program', amounts: rollUp.program?.total },
  ];
  return {
    aria: { enabled: true },
    animation: false,
    legend: { top: 0 },
    tooltip: { trigger: 'axis' as const },
    grid: { left: 90, right: 24, top: 40, bottom: 40 },
    xAxis: { type: 'category' as const, data: groups.map((g) => g.name) },
    yAxis: { type: 'value' as const, name: rollUp.currency ?? 'Amount' },
    series: FIGURES.map(([key, name]) => ({
      name,
      type: 'bar' as const,
      data: groups.map((g) => num(g.amounts?.[key])),
    })),
  };
}
