import type { PortfolioRow } from '../api/portfolio';

/** A portfolio row with sensible figures; tests change what they are about. */
export function row(overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    rolloutId: 'r-1',
    siteName: 'North General Hospital',
    programName: 'EHR program',
    waveId: 'w-1',
    waveName: 'Wave 1',
    goLiveDate: '2027-03-01',
    daysToGoLive: 85,
    health: 'GREEN',
    percentComplete: 40,
    spi: 1.0,
    cpi: 0.95,
    readiness: 72,
    budgetBurn: 0.4,
    openConflicts: 0,
    ...overrides,
  };
}
