import { describe, expect, it } from 'vitest';
import { mayReadCost, roleLabel, rolesOf, viewsFor } from './roles';

describe('roles', () => {
  it('reads roles with or without the ROLE_ prefix and drops unknown ones', () => {
    expect(rolesOf(['ROLE_PMO_ADMIN', 'FINANCE', 'ROLE_SUPERHERO'])).toEqual(['PMO_ADMIN', 'FINANCE']);
  });

  it('labels a user by the most powerful role held', () => {
    expect(roleLabel(['VIEWER', 'PMO_ADMIN'])).toBe('PMO director');
    expect(roleLabel(['FINANCE'])).toBe('Finance');
    expect(roleLabel([])).toBe('No role');
  });

  it('shows a role only the views it may open', () => {
    expect(viewsFor(['VIEWER']).map((view) => view.label)).toEqual(['Portfolio', 'Wave comparison', 'Budget', 'Readiness', 'Stakeholders', 'Resources']);
    expect(viewsFor(['PMO_ADMIN']).map((view) => view.label)).toContain('Audit');
    expect(viewsFor(['PROJECT_MANAGER']).map((view) => view.label)).not.toContain('Audit');
    expect(viewsFor([])).toEqual([]);
  });

  it('shows contributors no budget view (they see no money)', () => {
    expect(viewsFor(['CONTRIBUTOR']).map((view) => view.label)).not.toContain('Budget');
  });

  it('shows cost figures to every role but contributors', () => {
    expect(mayReadCost(['CONTRIBUTOR'])).toBe(false);
    expect(mayReadCost(['VIEWER'])).toBe(true);
    expect(mayReadCost(['FINANCE'])).toBe(true);
  });
});
