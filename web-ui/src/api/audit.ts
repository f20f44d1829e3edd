// tracking-service's audit trail as the Audit view reads it: who changed what, when, on a rollout or a program (one
// entry per event any service published about it), searched and paged by the service. PMO only (tracking's
// AccessRules). Types from the OpenAPI snapshot.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './http';
import type { components } from './generated/tracking';

export type AuditEntry = components['schemas']['Entry'];
export type AuditPage = components['schemas']['AuditPage'];

/** A rollout's changes, or a program's own (its waves): tracking keys each event by the one or the other. */
export type AuditSubject = { kind: 'rollout' | 'program'; id: string };

export interface AuditFilter {
  /** A user name, exactly. */
  actor: string;
  /** Any part of the event type, e.g. "conflict" or "task.progress". */
  type: string;
  /** Days, both included (yyyy-mm-dd, UTC); empty for no bound. */
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { actor: '', type: '', from: '', to: '' };

/** `/tracking/audit/entries?…`: the subject, the filters given, the page. */
export function auditPath(subject: AuditSubject, filter: AuditFilter, page: number, size: number): string {
  const parameters = new URLSearchParams({ [subject.kind === 'rollout' ? 'rolloutId' : 'programId']: subject.id });
  for (const name of ['actor', 'type', 'from', 'to'] as const) {
    const value = filter[name].trim();
    if (value) parameters.set(name, value);
  }
  parameters.set('page', String(page));
  parameters.set('size', String(size));
  return `/tracking/audit/entries?${parameters}`;
}

export function useAuditSearch(subject: AuditSubject | undefined, filter: AuditFilter, page: number, size: number) {
  return useQuery({
    queryKey: ['audit', subject?.kind, subject?.id, filter, page, size],
    enabled: Boolean(subject?.id),
    placeholderData: keepPreviousData,
    queryFn: () => api<AuditPage>(auditPath(subject!, filter, page, size)),
  });
}
