import type { Colour } from '../api/portfolio';

export const COLOUR_LABEL: Record<Colour, string> = {
  GREEN: 'Green',
  AMBER: 'Amber',
  RED: 'Red',
  NO_DATA: 'No data',
};

export const percent = (value: number | null, digits = 0): string =>
  value === null ? '—' : `${(value * 100).toFixed(digits)} %`;

export const index = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

export const plain = (value: number | null, digits = 0): string => (value === null ? '—' : value.toFixed(digits));

/** "in 12 days", "today", "live 3 days ago". */
export function daysToGoLive(days: number): string {
  if (days === 0) return 'today';
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  return `live ${-days} day${days === -1 ? '' : 's'} ago`;
}
