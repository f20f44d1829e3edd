// The Stakeholders view's logic, apart from React: labels, who may act, and the power/interest chart's option.
import { ApiError } from '../../api/http';
import type { Role } from '../../api/roles';
import type { Conflict, Engagement, Grid, Quadrant, Rate, Scope, Stakeholder } from '../../api/stakeholders';

export const QUADRANTS: readonly Quadrant[] = ['MANAGE_CLOSELY', 'KEEP_SATISFIED', 'KEEP_INFORMED', 'MONITOR'];
export const ENGAGEMENTS: readonly Engagement[] = ['UNAWARE', 'RESISTANT', 'NEUTRAL', 'SUPPORTIVE', 'LEADING'];

/** "MANAGE_CLOSELY" → "Manage closely". */
export function label(value: string | undefined | null): string {
  if (!value) return '—';
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Engagement colours, from resistant (red) to leading (green), each with text contrast on white. */
export const ENGAGEMENT_COLOUR: Record<Engagement, string> = {
  UNAWARE: '#6b7280',
  RESISTANT: '#b3261e',
  NEUTRAL: '#a15c00',
  SUPPORTIVE: '#0b57a4',
  LEADING: '#1e7b34',
};

/** An acknowledgement rate as "12 of 20 (60 %)"; nothing delivered yet is a dash. */
export function rateText(rate: Rate | undefined): string {
  if (!rate || !rate.delivered) return '—';
  return `${rate.acknowledged ?? 0} of ${rate.delivered} (${Math.round((rate.rate ?? 0) * 100)} %)`;
}

export interface ConflictRights {
  raise: boolean;
  /** Escalate, mediate or resolve this conflict (unresolved ones only). */
  change: (conflict: Conflict) => boolean;
}

/**
 * From stakeholder-service's AccessRules and RolloutAccess: the PMO changes every rollout's conflicts, a project manager
 * those of the rollouts they manage; everyone else reads. `managerOf` gives a rollout's project manager.
 */
export function conflictRights(
  roles: readonly Role[],
  username: string,
  managerOf: (rolloutId: string) => string | undefined,
  rolloutId?: string,
): ConflictRights {
  const pmo = roles.includes('PMO_ADMIN');
  const manages = (id: string | undefined) =>
    pmo || (roles.includes('PROJECT_MANAGER') && id !== undefined && managerOf(id) === username);
  return {
    raise: rolloutId !== undefined && manages(rolloutId),
    change: (conflict) => conflict.status !== 'RESOLVED' && manages(conflict.rolloutId),
  };
}

export interface RegisterRights {
  /** The sites of the scope the user may register stakeholders on. */
  sites: string[];
  /** Plan and send the scope's communications (a program's: the PMO alone). */
  communicate: boolean;
  /** Revise this stakeholder (on a site the user may change). */
  edit: (stakeholder: Stakeholder) => boolean;
}

/**
 * From stakeholder-service's AccessRules, RolloutAccess and ScopeAccess: the PMO changes the whole register and every
 * plan; a project manager the stakeholders, plans and communications of the rollouts they manage; everyone else reads.
 */
export function registerRights(
  roles: readonly Role[],
  username: string,
  rollouts: readonly { id?: string; projectManager?: string }[],
  scope: Scope,
): RegisterRights {
  const pmo = roles.includes('PMO_ADMIN');
  const manager = roles.includes('PROJECT_MANAGER');
  const mine = (id: string | undefined) =>
    pmo || (manager && id !== undefined && rollouts.some((r) => r.id === id && r.projectManager === username));
  return {
    sites: rollouts.map((r) => r.id ?? '').filter((id) => id && mine(id)),
    communicate: scope.kind === 'program' ? pmo : mine(scope.id),
    edit: (stakeholder) => pmo || (stakeholder.rolloutIds ?? []).some(mine),
  };
}

/** What a failed change says: a 409 asks for a reload, a 403 names the role, anything else the problem's text. */
export function changeError(error: unknown, what: string): string {
  if (error instanceof ApiError && error.status === 409) return `Someone changed ${what} since you opened it (409): ${error.message}`;
  if (error instanceof ApiError && error.status === 403) return `Your role may not do this (403): ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The next rung of the escalation ladder, or null at the top. */
export function nextLevel(level: Conflict['level']): string | null {
  const ladder = ['OWNER', 'PROJECT_MANAGER', 'PMO_LEAD', 'EXECUTIVE_SPONSOR'];
  const at = ladder.indexOf(level ?? 'OWNER');
  return at < 0 || at === ladder.length - 1 ? null : ladder[at + 1];
}

const LEVEL_VALUE: Record<string, number> = { LOW: 0, MEDIUM: 1, HIGH: 2 };

/** Every rated stakeholder of the grid's quadrants (the unrated have no place on it). */
export function rated(grid: Grid): Stakeholder[] {
  return QUADRANTS.flatMap((quadrant) => grid.quadrants?.[quadrant] ?? []);
}

/**
 * One point per rated stakeholder: x interest, y influence (LOW 0, MEDIUM 1, HIGH 2). Those sharing a rating are
 * spread evenly in a small circle around it, so each stays visible and clickable.
 */
export function gridPoints(stakeholders: readonly Stakeholder[]): { stakeholder: Stakeholder; x: number; y: number }[] {
  const cells = new Map<string, Stakeholder[]>();
  for (const s of stakeholders) {
    if (s.influence === undefined || s.interest === undefined) continue;
    const key = `${s.interest}/${s.influence}`;
    cells.set(key, [...(cells.get(key) ?? []), s]);
  }
  return [...cells.values()].flatMap((members) =>
    members.map((stakeholder, i) => {
      const angle = (2 * Math.PI * i) / members.length;
      const radius = members.length === 1 ? 0 : Math.min(0.35, 0.08 * Math.sqrt(members.length));
      return {
        stakeholder,
        x: LEVEL_VALUE[stakeholder.interest!] + radius * Math.cos(angle),
        y: LEVEL_VALUE[stakeholder.influence!] + radius * Math.sin(angle),
      };
    }),
  );
}

const AXIS = { min: -0.5, max: 2.5, interval: 1, axisLabel: { formatter: (v: number) => ['Low', 'Medium', 'High'][v] ?? '' } };

/** The ECharts option: a scatter series per current engagement; the grid splits between MEDIUM and HIGH. */
export function gridChartOption(stakeholders: readonly Stakeholder[]) {
  const points = gridPoints(stakeholders);
  return {
    aria: { enabled: true },
    animation: false,
    legend: { top: 0 },
    tooltip: {
      formatter: (p: { data: { name: string; value: [number, number]; detail: string } }) => `${p.data.name}<br/>${p.data.detail}`,
    },
    grid: { left: 70, right: 20, top: 40, bottom: 50 },
    xAxis: { ...AXIS, type: 'value', name: 'Interest', nameLocation: 'middle', nameGap: 30, splitLine: { show: false } },
    yAxis: { ...AXIS, type: 'value', name: 'Influence (power)', nameLocation: 'middle', nameGap: 50, splitLine: { show: false } },
    series: ENGAGEMENTS.map((engagement, i) => ({
      name: label(engagement),
      type: 'scatter',
      symbolSize: 14,
      itemStyle: { color: ENGAGEMENT_COLOUR[engagement] },
      data: points
        .filter((p) => p.stakeholder.currentEngagement === engagement)
        .map((p) => ({
          name: p.stakeholder.name,
          value: [p.x, p.y],
          detail: `${label(p.stakeholder.roleGroup)} · ${label(p.stakeholder.quadrant)} · ${label(engagement)} → ${label(p.stakeholder.desiredEngagement)}`,
        })),
      // The quadrant lines and names, drawn once with the first series.
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#4b5563', type: 'dashed' },
              label: { show: false },
              data: [{ xAxis: 1.5 }, { yAxis: 1.5 }],
            },
          }
        : {}),
    })).concat([unengagedSeries(points)]),
    graphic: QUADRANT_LABELS,
  };
}

/** Rated stakeholders whose engagement is not assessed yet, grey and hollow. */
function unengagedSeries(points: ReturnType<typeof gridPoints>) {
  return {
    name: 'Not assessed',
    type: 'scatter',
    symbolSize: 14,
    itemStyle: { color: '#fff', borderColor: '#4b5563', borderWidth: 2 },
    data: points
      .filter((p) => !p.stakeholder.currentEngagement)
      .map((p) => ({ name: p.stakeholder.name, value: [p.x, p.y], detail: label(p.stakeholder.quadrant) })),
  } as never;
}

const QUADRANT_LABELS = [
  { text: 'Keep satisfied', left: 80, top: 45 },
  { text: 'Manage closely', right: 30, top: 45 },
  { text: 'Monitor', left: 80, bottom: 60 },
  { text: 'Keep informed', right: 30, bottom: 60 },
].map(({ text, ...place }) => ({ type: 'text', ...place, style: { text, fill: '#4b5563', fontSize: 12 } }));

/** What the page says about a refused change: a 409 is someone else's change (or the top of the ladder). */
export function conflictError(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) return `Not done (409): ${error.message}. The log is reloaded.`;
  if (error instanceof ApiError && error.status === 403) return `Your role may not do this (403): ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
