// The roles Golive's identity provider puts in a token, and what each may see in the UI. The services decide on
// every call; the UI only leaves out what a role could not use (the README's access table is the source).

export const ROLES = ['PMO_ADMIN', 'PROJECT_MANAGER', 'FINANCE', 'CONTRIBUTOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

const LABELS: Record<Role, string> = {
  PMO_ADMIN: 'PMO director',
  PROJECT_MANAGER: 'Project manager',
  FINANCE: 'Finance',
  CONTRIBUTOR: 'Contributor',
  VIEWER: 'Viewer',
};

/** Roles as {@code /api/me} lists them, with or without Spring's ROLE_ prefix; unknown ones dropped. */
export function rolesOf(names: readonly string[]): Role[] {
  return names
    .map((name) => name.replace(/^ROLE_/, ''))
    .filter((name): name is Role => (ROLES as readonly string[]).includes(name));
}

/** The role shown in the header: the most powerful one held. */
export function roleLabel(roles: readonly Role[]): string {
  const first = ROLES.find((role) => roles.includes(role));
  return first ? LABELS[first] : 'No role';
}

/** A view of the navigation and the roles that may open it. */
export interface View {
  path: string;
  label: string;
  roles: readonly Role[];
}

export const VIEWS: readonly View[] = [
  { path: '/portfolio', label: 'Portfolio', roles: ROLES },
  { path: '/waves', label: 'Wave comparison', roles: ROLES },
  { path: '/budget', label: 'Budget', roles: ['PMO_ADMIN', 'PROJECT_MANAGER', 'FINANCE', 'VIEWER'] },
  { path: '/readiness', label: 'Readiness', roles: ROLES },
  { path: '/stakeholders', label: 'Stakeholders', roles: ROLES },
  // planning's AccessRules: the pool and the capacity view are read by every role.
  { path: '/resources', label: 'Resources', roles: ROLES },
  // tracking's AccessRules: the audit trail is the PMO's alone.
  { path: '/audit', label: 'Audit', roles: ['PMO_ADMIN'] },
];

export function viewsFor(roles: readonly Role[]): View[] {
  return VIEWS.filter((view) => view.roles.some((role) => roles.includes(role)));
}

/** Earned value and budget figures: every role but contributors (tracking's and budget's access rules). */
export function mayReadCost(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'CONTRIBUTOR');
}
