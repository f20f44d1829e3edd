import { describe, expect, it } from 'vitest';
import { auditPath, NO_FILTER } from '../../api/audit';
import { describeType } from './audit';

describe('the audit trail', () => {
  it('names the service and the change of an event type', () => {
    expect(describeType('org.golive.stakeholder.conflict.escalated.v1')).toEqual({ service: 'stakeholder', change: 'conflict escalated' });
    expect(describeType('org.golive.planning.task.progress-recorded.v1').change).toBe('task progress recorded');
    expect(describeType('something else')).toEqual({ service: '', change: 'something else' });
  });

  it('asks the service for the subject, the filters given and the page', () => {
    expect(auditPath({ kind: 'rollout', id: 'r 1' }, NO_FILTER, 0, 25)).toBe('/tracking/audit/entries?rolloutId=r+1&page=0&size=25');
    expect(auditPath({ kind: 'program', id: 'p' }, { actor: ' pm.north ', type: 'conflict', from: '2026-12-01', to: '' }, 2, 50))
      .toBe('/tracking/audit/entries?programId=p&actor=pm.north&type=conflict&from=2026-12-01&page=2&size=50');
  });
});
