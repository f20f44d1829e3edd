// The budget's figures arranged for tables and charts: pure functions, tested without a browser.
import type { Forecast, Line, Position, Spend } from '../../api/budget';

export const CATEGORY_LABEL: Record<string, string> = {
  SOFTWARE: 'Software',
  HARDWARE_DEVICES: 'Hardware and devices',
  IMPLEMENTATION_SERVICES: 'Implementation services',
  INTERNAL_STAFF_BACKFILL: 'Internal staff backfill',
  TRAINING: 'Training',
  GO_LIVE_SUPPORT: 'Go-live support',
  INTERFACES: 'Interfaces',
  DATA_CONVERSION: 'Data conversion',
  CONTINGENCY: 'Contingency',
};
export const categoryLabel = (category: string | undefined) => CATEGORY_LABEL[category ?? ''] ?? category ?? '—';

const num = (text: string | number | null | undefined): number => {
  const value = Number(text ?? 0);
  return Number.isFinite(value) ? value : 0;
};

/** Every month any line spends in, in order ("2027-03"). */
export function monthsOf(lines: readonly Line[]): string[] {
  return [...new Set(lines.flatMap((line) => (line.months ?? []).map((m) => m.month ?? '')))].filter(Boolean).sort();
}

/** Planned amount per category and month (lines of one category added up), categories in the budget's order. */
export function byCategoryAndMonth(lines: readonly Line[]): { months: string[]; rows: { category: string; amounts: number[]; total: number }[] } {
  const months = monthsOf(lines);
  const rows = new Map<string, number[]>();
  for (const line of lines) {
    const category = line.category ?? 'UNKNOWN';
    const amounts = rows.get(category) ?? months.map(() => 0);
    for (const month of line.months ?? []) amounts[months.indexOf(month.month ?? '')] += num(month.amount);
    rows.set(category, amounts);
  }
  return {
    months,
    rows: [...rows].map(([category, amounts]) => ({ category, amounts, total: amounts.reduce((a, b) => a + b, 0) })),
  };
}

/** The phasing chart: planned per month stacked by category, actual per month from the forecast as a line. */
export function phasingChartOption(lines: readonly Line[], forecast: Forecast | undefined) {
  const { months, rows } = byCategoryAndMonth(lines);
  const forecastMonths = forecast?.months ?? {};
  const allMonths = [...new Set([...months, ...Object.keys(forecastMonths)])].sort();
  const planned = rows.map((row) => ({
    name: categoryLabel(row.category),
    type: 'bar' as const,
    stack: 'planned',
    data: allMonths.map((month) => (months.includes(month) ? row.amounts[months.indexOf(month)] : 0)),
  }));
  const actual = {
    name: 'Actual',
    type: 'line' as const,
    data: allMonths.map((month) => (forecastMonths[month] ? num(forecastMonths[month].actual?.amount) : null)),
  };
  return {
    aria: { enabled: true },
    animation: false,
    legend: { type: 'scroll' as const, top: 0 },
    tooltip: { trigger: 'axis' as const },
    grid: { left: 80, right: 24, top: 48, bottom: 40 },
    xAxis: { type: 'category' as const, data: allMonths },
    yAxis: { type: 'value' as const, name: 'Amount' },
    series: [...planned, actual],
  };
}

export type ThresholdState = 'UNDER' | 'WARNING' | 'OVER';

/** Spend (actual + open commitments) as a share of approved, judged against the service's thresholds (90 %, 100 %). */
export function thresholdState(position: Position | undefined, thresholds: readonly number[] = [90, 100]) {
  const approved = num(position?.approved?.amount);
  const exposure = num(position?.exposure?.amount);
  const percent = approved > 0 ? (exposure / approved) * 100 : null;
  // The highest threshold spend has reached: warning below 100 % of approved, over from there.
  const reached = percent === null ? [] : thresholds.filter((t) => percent >= t);
  const passed = reached.length > 0 ? reached[reached.length - 1] : undefined;
  const state: ThresholdState = percent === null ? 'UNDER' : percent >= 100 ? 'OVER' : passed !== undefined ? 'WARNING' : 'UNDER';
  return passed === undefined ? { percent, state } : { percent, state, passed };
}

/** The spend rows, total first, each with its threshold state. */
export function spendRows(spend: Spend | undefined, thresholds?: readonly number[]) {
  const rows = Object.entries(spend?.byCategory ?? {}).map(([category, position]) => ({ category, position }));
  return rows.map((row) => ({ ...row, ...thresholdState(row.position, thresholds) }));
}

/** "12,500.00 USD"; a dash when there is nothing. */
export function money(value: { amount?: string | number; currency?: string } | string | number | null | undefined, currency = ''): string {
  if (value === null || value === undefined) return '—';
  const amount = typeof value === 'object' ? value.amount : value;
  const unit = typeof value === 'object' ? (value.currency ?? currency) : currency;
  if (amount === undefined || amount === '' || !Number.isFinite(Number(amount))) return '—';
  const text = Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}
