import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, portfolioPath, toRow } from './portfolio';

const entry = {
  rolloutId: 'r-7', programId: 'p-1', programName: 'EHR', waveId: 'w-2', waveName: 'Wave 2', siteName: 'Lake Clinic',
  siteType: 'AMBULATORY_CLINIC', goLiveDate: '2027-05-03', daysToGoLive: 148, goLiveMoves: 0,
  health: { overall: 'AMBER', schedule: 'GREEN', cost: 'GREEN', readiness: 'AMBER', stakeholders: 'GREEN' },
  percentComplete: 12.5, spi: 0.95, cpi: 1.1, readinessScore: 78.5, budgetBurn: 25, openConflicts: 2,
};

describe('a portfolio row', () => {
  it('takes every column from tracking\'s entry; budget burn as a fraction', () => {
    expect(toRow(entry)).toMatchObject({
      rolloutId: 'r-7', siteName: 'Lake Clinic', waveId: 'w-2', daysToGoLive: 148, health: 'AMBER',
      percentComplete: 12.5, spi: 0.95, cpi: 1.1, readiness: 78.5, budgetBurn: 0.25, openConflicts: 2,
    });
  });

  it('shows no figure where there is none: no health yet, no plan, no budget, no word from stakeholders', () => {
    const bare = { rolloutId: 'r-8', siteName: 'New Site', daysToGoLive: 300 };

    expect(toRow(bare)).toMatchObject({
      health: 'NO_DATA', percentComplete: null, spi: null, cpi: null, readiness: null, budgetBurn: null, openConflicts: null,
    });
  });
});

describe('the portfolio query', () => {
  it('asks tracking for the first page by the nearest go-live', () => {
    expect(portfolioPath(FIRST_PAGE)).toBe('/tracking/portfolio?sort=daysToGoLive%2Casc&page=0&size=25');
  });

  it('passes the filters, the sort by tracking\'s key and the page', () => {
    const path = portfolioPath({
      q: ' lake ', waveId: 'w-2', health: 'RED', sort: { id: 'readiness', desc: true }, page: 3, size: 50,
    });

    expect(path).toBe('/tracking/portfolio?q=lake&waveId=w-2&health=RED&sort=readinessScore%2Cdesc&page=3&size=50');
  });
});
