import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import type { Conflict, Stakeholder } from '../../api/stakeholders';
import { conflictError, conflictRights, gridChartOption, gridPoints, label, nextLevel, rateText } from './stakeholders';

const managers = new Map([['north', 'pm.north'], ['lake', 'pm.lake']]);
const open = (rolloutId: string): Conflict => ({ id: `c-${rolloutId}`, rolloutId, status: 'OPEN', level: 'OWNER', version: 0 });

describe('who may act on the conflict log (stakeholder-service AccessRules and RolloutAccess)', () => {
  it('lets a project manager raise and change conflicts on the sites they manage only', () => {
    const rights = conflictRights(['PROJECT_MANAGER'], 'pm.north', (id) => managers.get(id), 'north');
    expect(rights.raise).toBe(true);
    expect(rights.change(open('north'))).toBe(true);
    expect(rights.change(open('lake'))).toBe(false);
    expect(conflictRights(['PROJECT_MANAGER'], 'pm.north', (id) => managers.get(id), 'lake').raise).toBe(false);
  });

  it('lets the PMO act everywhere, and nobody change a resolved conflict', () => {
    const rights = conflictRights(['PMO_ADMIN'], 'admin', (id) => managers.get(id), 'lake');
    expect(rights.raise).toBe(true);
    expect(rights.change(open('lake'))).toBe(true);
    expect(rights.change({ ...open('lake'), status: 'RESOLVED' })).toBe(false);
  });

  it('gives viewers, finance and contributors no action', () => {
    for (const role of ['VIEWER', 'FINANCE', 'CONTRIBUTOR'] as const) {
      const rights = conflictRights([role], 'pm.north', (id) => managers.get(id), 'north');
      expect(rights.raise).toBe(false);
      expect(rights.change(open('north'))).toBe(false);
    }
  });

  it('raises nothing at program scope (a conflict belongs to one site)', () => {
    expect(conflictRights(['PMO_ADMIN'], 'admin', () => undefined).raise).toBe(false);
  });
});

describe('the escalation ladder', () => {
  it('climbs owner, project manager, PMO lead, executive sponsor and stops there', () => {
    expect(nextLevel('OWNER')).toBe('PROJECT_MANAGER');
    expect(nextLevel('PMO_LEAD')).toBe('EXECUTIVE_SPONSOR');
    expect(nextLevel('EXECUTIVE_SPONSOR')).toBeNull();
  });

  it('says a 409 is a change made meanwhile, and a 403 the role', () => {
    expect(conflictError(new ApiError(409, { detail: 'version 3, not 2' }))).toMatch(/^Not done \(409\): version 3, not 2/);
    expect(conflictError(new ApiError(403, { detail: 'not yours' }))).toMatch(/role may not.*not yours/);
  });
});

const person = (id: string, influence: string, interest: string, engagement?: string): Stakeholder =>
  ({ id, name: id, influence, interest, currentEngagement: engagement, quadrant: 'MANAGE_CLOSELY' }) as Stakeholder;

describe('the power/interest grid', () => {
  it('places a stakeholder by interest (x) and influence (y)', () => {
    expect(gridPoints([person('a', 'HIGH', 'LOW')])).toEqual([{ stakeholder: expect.anything(), x: 0, y: 2 }]);
  });

  it('spreads those with the same rating apart, all within their cell', () => {
    const points = gridPoints(['a', 'b', 'c', 'd'].map((id) => person(id, 'HIGH', 'HIGH')));
    const places = new Set(points.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(places.size).toBe(4);
    for (const p of points) {
      expect(Math.abs(p.x - 2)).toBeLessThan(0.5);
      expect(Math.abs(p.y - 2)).toBeLessThan(0.5);
    }
  });

  it('colours by current engagement: one series per level, the not assessed apart', () => {
    const option = gridChartOption([person('a', 'HIGH', 'HIGH', 'RESISTANT'), person('b', 'LOW', 'LOW')]);
    const byName = Object.fromEntries(option.series.map((s: { name: string; data: unknown[] }) => [s.name, s.data.length]));
    expect(byName).toMatchObject({ Resistant: 1, Supportive: 0, 'Not assessed': 1 });
  });
});

describe('labels', () => {
  it('reads enum values as words and rates as counts with a percentage', () => {
    expect(label('MANAGE_CLOSELY')).toBe('Manage closely');
    expect(label(undefined)).toBe('—');
    expect(rateText({ acknowledged: 3, delivered: 4, rate: 0.75 })).toBe('3 of 4 (75 %)');
    expect(rateText({ acknowledged: 0, delivered: 0, rate: 0 })).toBe('—');
  });
});
