// Capacity against demand as the heat map and the over-allocation list show it.
import { roleName, type Capacity, type OverAllocation, type Rollout } from '../../api/resources';

/** Demand as a percentage of capacity; demand with no capacity at all (a vacation week) counts as over. */
export function utilisation(capacity: number, demand: number): number | null {
  if (capacity > 0) return Math.round((demand / capacity) * 100);
  return demand > 0 ? Number.POSITIVE_INFINITY : null;
}

/** The heat map's label of a row: "Priya Raman · Application analyst". */
export const rowLabel = (load: { name?: string; role?: string }) => `${load.name ?? ''} · ${roleName(load.role)}`;

/** One cell per resource and week: [week index, row index, % of capacity (capped for the colour scale), demand, capacity]. */
export function heatCells(capacity: Capacity): [number, number, number, number, number][] {
  const cells: [number, number, number, number, number][] = [];
  (capacity.resources ?? []).forEach((load, row) => {
    (capacity.weeks ?? []).forEach((_, week) => {
      const supply = load.capacityHours?.[week] ?? 0;
      const demand = load.demandHours?.[week] ?? 0;
      const percent = utilisation(supply, demand);
      if (percent !== null) cells.push([week, row, Math.min(percent, 200), demand, supply]);
    });
  });
  return cells;
}

/** An over-allocation in words: who, when, by how much, and which rollouts' tasks make it. */
export function describe(over: OverAllocation, rollouts: readonly Rollout[]): { who: string; when: string; load: string; tasks: string[] } {
  const site = new Map(rollouts.map((r) => [r.id, r.siteName ?? r.id]));
  return {
    who: over.resourceName ?? over.resourceId ?? '',
    when: over.week ?? '',
    load: `${hours(over.demandHours)} h asked of ${hours(over.capacityHours)} h`,
    tasks: (over.tasks ?? []).map((task) => `${site.get(task.rolloutId) ?? task.rolloutId}: ${task.taskId} (${hours(task.hours)} h)`),
  };
}

const hours = (value: number | undefined) => (value ?? 0).toLocaleString('en-US', { maximumFractionDigits: 1 });
