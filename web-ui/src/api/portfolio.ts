// The portfolio as the UI shows it, in one place. Tracking serves every column (health, percent complete, SPI/CPI,
// readiness, budget burn, open conflicts) and filters, sorts and pages on the server, so a page of the table is one
// request however many rollouts the program has.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './http';
import type { components as Tracking } from './generated/tracking';

type Portfolio = Tracking['schemas']['Portfolio'];
type RolloutEntry = Tracking['schemas']['RolloutEntry'];

export type Colour = 'GREEN' | 'AMBER' | 'RED' | 'NO_DATA';

export interface PortfolioRow {
  rolloutId: string;
  siteName: string;
  programName: string;
  waveId: string;
  waveName: string;
  goLiveDate: string;
  daysToGoLive: number;
  health: Colour;
  percentComplete: number | null;
  spi: number | null;
  cpi: number | null;
  readiness: number | null;
  /** Actual cost over the approved budgets, as a fraction; null without one or for roles that see no cost. */
  budgetBurn: number | null;
  openConflicts: number | null;
}

export interface Wave {
  waveId: string;
  name: string;
  sequence: number;
}

/** What the table asks for: the server's filters, one sort column and a page. */
export interface PortfolioQuery {
  q: string;
  waveId: string;
  health: string;
  /** A column of the table (see {@link SORT_KEYS}) and its direction. */
  sort: { id: string; desc: boolean };
  page: number;
  size: number;
}

export const FIRST_PAGE: PortfolioQuery = { q: '', waveId: '', health: '', sort: { id: 'daysToGoLive', desc: false }, page: 0, size: 25 };

/** The table's column ids and tracking's sort keys for them. */
export const SORT_KEYS: Record<string, string> = {
  siteName: 'siteName',
  waveName: 'waveName',
  health: 'health',
  daysToGoLive: 'daysToGoLive',
  percentComplete: 'percentComplete',
  spi: 'spi',
  cpi: 'cpi',
  readiness: 'readinessScore',
  budgetBurn: 'budgetBurn',
  openConflicts: 'openConflicts',
};

export interface PortfolioPage {
  asOf: string;
  waves: Wave[];
  rows: PortfolioRow[];
  total: number;
  totalPages: number;
}

const figure = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(Number(value)) ? null : Number(value);

/** One table row from tracking's portfolio entry. */
export function toRow(entry: RolloutEntry): PortfolioRow {
  const burn = figure(entry.budgetBurn);
  return {
    rolloutId: entry.rolloutId ?? '',
    siteName: entry.siteName ?? '',
    programName: entry.programName ?? '',
    waveId: entry.waveId ?? '',
    waveName: entry.waveName ?? '',
    goLiveDate: entry.goLiveDate ?? '',
    daysToGoLive: Number(entry.daysToGoLive ?? 0),
    health: (entry.health?.overall as Colour | undefined) ?? 'NO_DATA',
    percentComplete: figure(entry.percentComplete),
    spi: figure(entry.spi),
    cpi: figure(entry.cpi),
    readiness: figure(entry.readinessScore),
    budgetBurn: burn === null ? null : burn / 100,
    openConflicts: figure(entry.openConflicts),
  };
}

/** Tracking's query string for what the table asks. */
export function portfolioPath(query: PortfolioQuery): string {
  const parameters = new URLSearchParams();
  if (query.q.trim()) parameters.set('q', query.q.trim());
  if (query.waveId) parameters.set('waveId', query.waveId);
  if (query.health) parameters.set('health', query.health);
  parameters.set('sort', `${SORT_KEYS[query.sort.id] ?? 'goLiveDate'},${query.sort.desc ? 'desc' : 'asc'}`);
  parameters.set('page', String(query.page));
  parameters.set('size', String(query.size));
  return `/tracking/portfolio?${parameters}`;
}

function wavesOf(portfolio: Portfolio): Wave[] {
  const waves = new Map<string, Wave>();
  for (const program of portfolio.programs ?? []) {
    for (const wave of program.waves ?? []) {
      waves.set(wave.waveId ?? '', { waveId: wave.waveId ?? '', name: wave.name ?? '', sequence: wave.sequence ?? 0 });
    }
  }
  return [...waves.values()].sort((a, b) => a.sequence - b.sequence);
}

export async function loadPortfolioPage(query: PortfolioQuery): Promise<PortfolioPage> {
  const portfolio = await api<Portfolio>(portfolioPath(query));
  return {
    asOf: portfolio.asOf ?? '',
    waves: wavesOf(portfolio),
    rows: (portfolio.rollouts ?? []).map(toRow),
    total: Number(portfolio.total ?? 0),
    totalPages: Number(portfolio.totalPages ?? 0),
  };
}

/** A page of the portfolio; the page shown stays on screen while the next one loads. */
export function usePortfolioPage(query: PortfolioQuery, enabled = true) {
  return useQuery({
    queryKey: ['portfolio', query],
    queryFn: () => loadPortfolioPage(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

const ALL_AT_ONCE = 500; // tracking's largest page

/** Every rollout the user may read, nearest go-live first, for the views that show them all (the health grid). */
export async function loadEveryRollout(): Promise<PortfolioPage> {
  const query = { ...FIRST_PAGE, size: ALL_AT_ONCE };
  const first = await loadPortfolioPage(query);
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, i) => loadPortfolioPage({ ...query, page: i + 1 })),
  );
  return { ...first, rows: [first, ...rest].flatMap((page) => page.rows) };
}

export function useEveryRollout(enabled = true) {
  return useQuery({ queryKey: ['portfolio', 'every rollout'], queryFn: loadEveryRollout, enabled });
}
