// Spend thresholds as a user types them ("75, 90, 100"), checked as budget-service checks them, so a mistake is
// named before the call; the service checks again on every call.
export const MAX_THRESHOLDS = 10;
export const MAX_PERCENT = 1000;

export type Parsed = { percents: number[]; error?: undefined } | { percents?: undefined; error: string };

export function parsePercents(text: string): Parsed {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.replace(/%$/, ''))
    .filter((part) => part !== '');
  if (parts.length === 0 || parts.length > MAX_THRESHOLDS) {
    return { error: `Give from 1 to ${MAX_THRESHOLDS} thresholds in percent, e.g. 90, 100` };
  }
  const percents: number[] = [];
  for (const part of parts) {
    const value = Number(part);
    if (!/^\d+$/.test(part) || value < 1 || value > MAX_PERCENT) {
      return { error: `${part} is not a whole percent from 1 to ${MAX_PERCENT}` };
    }
    if (percents.length > 0 && value <= percents[percents.length - 1]) {
      return { error: 'Thresholds go in ascending order without repeats' };
    }
    percents.push(value);
  }
  return { percents };
}

/** "90 % and 100 %", "75 %, 90 % and 100 %". */
export function percentList(percents: readonly number[] | undefined): string {
  const items = (percents ?? []).map((p) => `${p} %`);
  return items.length <= 1 ? (items[0] ?? '—') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const SOURCE_LABEL = {
  BUDGET: 'this budget’s own',
  PROGRAM: 'the program’s',
  DEFAULT: 'the default',
} as const;
