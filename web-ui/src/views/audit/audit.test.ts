import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/audit';
import { actorsOf, describeType, filterEntries, NO_FILTER } from './audit';

const entries: AuditEntry[] = [
  { eventId: '1', type: 'org.golive.planning.rollout.created.v1', time: '2026-11-02T08:00:00Z', actor: 'admin' },
  { eventId: '2', type: 'org.golive.stakeholder.conflict.raised.v1', time: '2026-12-01T09:30:00Z', actor: 'pm.north' },
  { eventId: '3', type: 'org.golive.stakeholder.conflict.escalated.v1', time: '2026-12-03T23:59:59Z', actor: 'pm.north' },
  { eventId: '4', type: 'org.golive.planning.task.progress-recorded.v1', time: '2026-12-04T10:00:00Z' },
];

describe('the audit trail', () => {
  it('names the service and the change of an event type', () => {
    expect(describeType('org.golive.stakeholder.conflict.escalated.v1')).toEqual({ service: 'stakeholder', change: 'conflict escalated' });
    expect(describeType('org.golive.planning.task.progress-recorded.v1').change).toBe('task progress recorded');
    expect(describeType('something else')).toEqual({ service: '', change: 'something else' });
  });

  it('lists newest first without a filter', () => {
    expect(filterEntries(entries, NO_FILTER).map((e) => e.eventId)).toEqual(['4', '3', '2', '1']);
  });

  it('filters by who, by part of the type and by days, both ends included', () => {
    expect(filterEntries(entries, { ...NO_FILTER, actor: 'PM.NORTH' }).map((e) => e.eventId)).toEqual(['3', '2']);
    expect(filterEntries(entries, { ...NO_FILTER, type: 'conflict.esc' }).map((e) => e.eventId)).toEqual(['3']);
    expect(filterEntries(entries, { ...NO_FILTER, from: '2026-12-01', to: '2026-12-03' }).map((e) => e.eventId)).toEqual(['3', '2']);
  });

  it('offers each actor once, sorted', () => {
    expect(actorsOf(entries)).toEqual(['admin', 'pm.north']);
  });
});
