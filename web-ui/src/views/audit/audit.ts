// The Audit view's logic apart from React: what an event type means to a reader, and the filters.
import type { AuditEntry } from '../../api/audit';

/** "org.golive.stakeholder.conflict.escalated.v1" → { service: "stakeholder", change: "conflict escalated" }. */
export function describeType(type: string | undefined): { service: string; change: string } {
  const match = /^org\.golive\.([a-z-]+)\.(.+)\.v\d+$/.exec(type ?? '');
  if (!match) return { service: '', change: type ?? '' };
  return { service: match[1], change: match[2].replace(/\./g, ' ').replace(/-/g, ' ') };
}

export interface AuditFilter {
  actor: string;
  /** Part of the event type, e.g. "conflict" or "task.progress". */
  type: string;
  /** Days, inclusive, as the date inputs give them (yyyy-mm-dd); empty for no bound. */
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { actor: '', type: '', from: '', to: '' };

/** The entries that pass the filter, newest first. */
export function filterEntries(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const actor = filter.actor.trim().toLowerCase();
  const type = filter.type.trim().toLowerCase();
  return entries
    .filter((e) => !actor || (e.actor ?? '').toLowerCase().includes(actor))
    .filter((e) => !type || (e.type ?? '').toLowerCase().includes(type))
    .filter((e) => !filter.from || (e.time ?? '') >= filter.from)
    .filter((e) => !filter.to || (e.time ?? '').slice(0, 10) <= filter.to)
    .sort((a, b) => (b.time ?? '').localeCompare(a.time ?? ''));
}

/** The distinct actors of a trail, for the filter's suggestions. */
export const actorsOf = (entries: readonly AuditEntry[]) =>
  [...new Set(entries.map((e) => e.actor).filter((a): a is string => Boolean(a)))].sort();
