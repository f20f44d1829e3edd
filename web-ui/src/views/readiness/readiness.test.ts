import { describe, expect, it } from 'vitest';
import { mayVote, tally, trendChartOption } from './readiness';

const checkpoint = {
  name: 'GL-7',
  panel: ['admin', 'pm.north', 'finance'],
  votes: [
    { member: 'admin', vote: 'GO' as const },
    { member: 'finance', vote: 'GO_WITH_CONDITIONS' as const },
  ],
};

describe('go/no-go checkpoints', () => {
  it('counts the votes and names the members who have not voted', () => {
    expect(tally(checkpoint)).toEqual({ counts: { GO: 1, NO_GO: 0, GO_WITH_CONDITIONS: 1 }, notVoted: ['pm.north'] });
  });

  it('lets a panel member vote until the decision is recorded, and nobody else', () => {
    expect(mayVote(checkpoint, 'pm.north')).toBe(true);
    expect(mayVote(checkpoint, 'viewer')).toBe(false);
    expect(mayVote({ ...checkpoint, decision: { outcome: 'GO' } }, 'pm.north')).toBe(false);
  });
});

describe('the weekly trend chart', () => {
  it('draws one point per published week, indices on their own axis, gaps where a figure is missing', () => {
    const option = trendChartOption([
      { week: '2027-W01', completedPercent: 10, plannedPercent: 12, readinessScore: 40, spi: 0.9 },
      { week: '2027-W02', completedPercent: 15, plannedPercent: 18, readinessScore: 45, spi: 0.85 },
    ]);
    expect(option.xAxis.data).toEqual(['2027-W01', '2027-W02']);
    const byName = Object.fromEntries(option.series.map((s) => [s.name, s]));
    expect(byName['% complete'].data).toEqual([10, 15]);
    expect(byName['Planned % complete'].data).toEqual([12, 18]);
    expect(byName.SPI).toMatchObject({ yAxisIndex: 1, data: [0.9, 0.85] });
    expect(byName.CPI.data).toEqual([null, null]);
  });
});
