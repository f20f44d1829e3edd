// The portfolio as the UI shows it, in one place. Today tracking's GET /portfolio lists the rollouts and the UI
// joins each rollout's health, status and earned value, and stakeholder-service's open conflicts; when tracking
// serves these columns (and filter, sort and page) itself, only this module changes.
import { useQuery } from '@tanstack/react-query';
import { api } from './http';
import { mayReadCost, type Role } from './roles';
import type { components as Tracking } from './generated/tracking';
import type { components as Stakeholders } from './generated/stakeholders';

type Portfolio = Tracking['schemas']['Portfolio'];
type RolloutEntry = Tracking['schemas']['RolloutEntry'];
type HealthView = Tracking['schemas']['HealthView'];
type RolloutStatus = Tracking['schemas']['RolloutStatus'];
type EarnedValueView = Tracking['schemas']['EarnedValueView'];
type Conflict = Stakeholders['schemas']['ConflictView'];

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
  /** Actual cost over the budget at completion; null without an approved budget or for roles that see no cost. */
  budgetBurn: number | null;
  openConflicts: number;
}

export interface Wave {
  waveId: string;
  name: string;
  sequence: number;
}

export interface PortfolioData {
  asOf: string;
  waves: Wave[];
  rows: PortfolioRow[];
}

const number = (text: string | null | undefined): number | null => {
  if (text === null || text === undefined || text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

/** One row from the portfolio entry and what the other read models say about that rollout. */
export function toRow(
  entry: RolloutEntry,
  health: HealthView | null,
  status: RolloutStatus | null,
  earnedValue: EarnedValueView | null,
  openConflicts: number,
): PortfolioRow {
  const readiness = health?.dimensions?.find((dimension) => dimension.dimension === 'READINESS');
  const bac = number(earnedValue?.bac);
  const ac = number(earnedValue?.ac);
  return {
    rolloutId: entry.rolloutId ?? '',
    siteName: entry.siteName ?? '',
    programName: entry.programName ?? '',
    waveId: entry.waveId ?? '',
    waveName: entry.waveName ?? '',
    goLiveDate: entry.goLiveDate ?? '',
    daysToGoLive: Number(entry.daysToGoLive ?? 0),
    health: (health?.overall as Colour | undefined) ?? 'NO_DATA',
    percentComplete: status?.planned ? number(String(status.percentComplete)) : null,
    spi: number(earnedValue?.spi),
    cpi: number(earnedValue?.cpi),
    readiness: readiness && readiness.colour !== 'NO_DATA' ? number(readiness.value) : null,
    budgetBurn: bac && ac !== null ? ac / bac : null,
    openConflicts,
  };
}

/** Open conflicts per rollout: raised, in mediation or escalated, not resolved. */
export function openConflictsByRollout(conflicts: readonly Conflict[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const conflict of conflicts) {
    if (conflict.status === 'RESOLVED' || !conflict.rolloutId) continue;
    counts.set(conflict.rolloutId, (counts.get(conflict.rolloutId) ?? 0) + 1);
  }
  return counts;
}

const orNull = <T,>(call: Promise<T>): Promise<T | null> => call.catch(() => null);

/** A page of stakeholder-service's conflict log (`ConflictList`). */
interface ConflictPage {
  conflicts?: Conflict[];
  totalPages?: number;
}

/** Every conflict not resolved that the user may read, a page of 500 at a time. */
async function unresolvedConflicts(): Promise<Conflict[]> {
  const open = 'status=OPEN&status=IN_MEDIATION&status=ESCALATED&size=500';
  const found: Conflict[] = [];
  for (let page = 0, pages = 1; page < pages; page++) {
    const answer = await api<ConflictPage>(`/stakeholders/conflicts?${open}&page=${page}`);
    found.push(...(answer.conflicts ?? []));
    pages = answer.totalPages ?? 0;
  }
  return found;
}

export async function loadPortfolio(roles: readonly Role[]): Promise<PortfolioData> {
  const [portfolio, conflicts] = await Promise.all([
    api<Portfolio>('/tracking/portfolio'),
    orNull(unresolvedConflicts()),
  ]);
  const open = openConflictsByRollout(conflicts ?? []);
  const cost = mayReadCost(roles);
  const rows = await Promise.all(
    (portfolio.rollouts ?? []).map(async (entry) => {
      const id = encodeURIComponent(entry.rolloutId ?? '');
      const [health, status, earnedValue] = await Promise.all([
        orNull(api<HealthView>(`/tracking/rollouts/${id}/health`)),
        orNull(api<RolloutStatus>(`/tracking/rollouts/${id}/status`)),
        cost ? orNull(api<EarnedValueView>(`/tracking/rollouts/${id}/earned-value`)) : Promise.resolve(null),
      ]);
      return toRow(entry, health, status, earnedValue, open.get(entry.rolloutId ?? '') ?? 0);
    }),
  );
  const waves = new Map<string, Wave>();
  for (const program of portfolio.programs ?? []) {
    for (const wave of program.waves ?? []) {
      waves.set(wave.waveId ?? '', { waveId: wave.waveId ?? '', name: wave.name ?? '', sequence: wave.sequence ?? 0 });
    }
  }
  return {
    asOf: portfolio.asOf ?? '',
    waves: [...waves.values()].sort((a, b) => a.sequence - b.sequence),
    rows,
  };
}

export function usePortfolio(roles: readonly Role[]) {
  return useQuery({ queryKey: ['portfolio', [...roles].sort()], queryFn: () => loadPortfolio(roles) });
}
