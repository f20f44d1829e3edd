// The readiness figures arranged for the view: pure functions, tested without a browser.
import type { Checkpoint, TrendPoint } from '../../api/readiness';
import type { Role } from '../../api/roles';

export const DOMAIN_LABEL: Record<string, string> = {
  TECHNICAL: 'Technical',
  CLINICAL_WORKFLOW: 'Clinical workflow',
  TESTING: 'Testing',
  DATA_CONVERSION: 'Data conversion',
  TRAINING: 'Training',
  COMMUNICATIONS: 'Communications',
  PRODUCTION_SUPPORT: 'Production support',
  COMMAND_CENTER: 'Command center',
};
export const domainLabel = (domain: string | undefined) => DOMAIN_LABEL[domain ?? ''] ?? domain ?? '—';

export const VOTE_LABEL: Record<string, string> = { GO: 'Go', NO_GO: 'No-go', GO_WITH_CONDITIONS: 'Go with conditions' };

/** The count of each vote at a checkpoint, and who on the panel has not voted yet. */
export function tally(checkpoint: Checkpoint) {
  const votes = checkpoint.votes ?? [];
  const counts = { GO: 0, NO_GO: 0, GO_WITH_CONDITIONS: 0 };
  for (const vote of votes) if (vote.vote) counts[vote.vote] += 1;
  const voted = new Set(votes.map((vote) => vote.member));
  return { counts, notVoted: (checkpoint.panel ?? []).filter((member) => !voted.has(member)) };
}

/** Whether this user may cast their own vote: on the panel, and no decision recorded yet (the service's rules). */
export const mayVote = (checkpoint: Checkpoint, username: string) =>
  !checkpoint.decision && (checkpoint.panel ?? []).includes(username);

/** The weekly trend chart: percent complete against planned, readiness score (0–100), SPI and CPI on a second axis. */
export function trendChartOption(points: readonly TrendPoint[]) {
  const weeks = points.map((point) => point.week ?? point.statusDate ?? '');
  const series = (name: string, pick: (p: TrendPoint) => number | undefined | null, axis = 0) => ({
    name,
    type: 'line' as const,
    yAxisIndex: axis,
    connectNulls: false,
    data: points.map((point) => pick(point) ?? null),
  });
  return {
    aria: { enabled: true },
    animation: false,
    legend: { top: 0 },
    tooltip: { trigger: 'axis' as const },
    grid: { left: 56, right: 56, top: 48, bottom: 40 },
    xAxis: { type: 'category' as const, data: weeks },
    yAxis: [
      { type: 'value' as const, name: '% / score', min: 0, max: 100 },
      { type: 'value' as const, name: 'Index', min: 0 },
    ],
    series: [
      series('% complete', (p) => p.completedPercent),
      series('Planned % complete', (p) => p.plannedPercent),
      series('Readiness score', (p) => p.readinessScore),
      series('SPI', (p) => p.spi, 1),
      series('CPI', (p) => p.cpi, 1),
    ],
  };
}

/** tracking's AccessRules and RolloutAccess: the PMO and the site's own project manager assess and enter training. */
export const mayChangeReadiness = (roles: readonly Role[], username: string, projectManager: string | undefined) =>
  roles.includes('PMO_ADMIN') || (roles.includes('PROJECT_MANAGER') && !!username && projectManager === username);
