// tracking-service's audit trail as the Audit view reads it: who changed what, when, on a rollout or a program (one
// entry per event any service published about it). PMO only (tracking's AccessRules). Types from the OpenAPI snapshot.
import { useQuery } from '@tanstack/react-query';
import { api } from './http';
import type { components } from './generated/tracking';

export type AuditEntry = components['schemas']['Entry'];

/** A rollout's changes, or a program's own (its waves): tracking keys each event by the one or the other. */
export type AuditSubject = { kind: 'rollout' | 'program'; id: string };

export function useAuditTrail(subject: AuditSubject | undefined) {
  return useQuery({
    queryKey: ['audit', subject?.kind, subject?.id],
    enabled: Boolean(subject?.id),
    queryFn: () => api<AuditEntry[]>(`/tracking/audit?${subject!.kind === 'rollout' ? 'rolloutId' : 'programId'}=${encodeURIComponent(subject!.id)}`),
  });
}
