// Planning-service's resources across rollouts: a program's pool and its capacity against demand per ISO week.
import { api } from './http';
import type { components } from './generated/planning';

type Schemas = components['schemas'];
export type Program = Schemas['ProgramView'];
export type Rollout = Schemas['RolloutView'];
export type Resource = Schemas['ResourceView'];
export type Capacity = Schemas['CapacityView'];
export type ResourceLoad = Schemas['ResourceLoadView'];
export type OverAllocation = Schemas['OverAllocationView'];
export type ResourceRole = NonNullable<Resource['role']>;

export const RESOURCE_ROLES: readonly ResourceRole[] = [
  'TRAINER',
  'CREDENTIALED_TRAINER',
  'SUPER_USER',
  'APPLICATION_ANALYST',
  'INTERFACE_ENGINEER',
  'COMMAND_CENTER_STAFF',
  'VENDOR_CONSULTANT',
];

/** "CREDENTIALED_TRAINER" as "Credentialed trainer". */
export const roleName = (role: string | undefined) =>
  role ? role.charAt(0) + role.slice(1).toLowerCase().replaceAll('_', ' ') : '';

const programPath = (programId: string) => `/planning/programs/${encodeURIComponent(programId)}`;

export const readPrograms = () => api<Program[]>('/planning/programs');
export const readProgramRollouts = (programId: string) => api<Rollout[]>(`${programPath(programId)}/rollouts`);
export const readPool = (programId: string) => api<Resource[]>(`${programPath(programId)}/resources`);

/** The query the capacity view takes: roles (any of), and only the resources over capacity in some week. */
export interface CapacityFilter {
  role?: ResourceRole;
  overAllocatedOnly?: boolean;
}

export function capacityPath(programId: string, filter: CapacityFilter = {}): string {
  const query = new URLSearchParams();
  if (filter.role) query.append('role', filter.role);
  if (filter.overAllocatedOnly) query.append('overAllocatedOnly', 'true');
  const text = query.toString();
  return `${programPath(programId)}/capacity${text ? `?${text}` : ''}`;
}

export const readCapacity = (programId: string, filter: CapacityFilter) => api<Capacity>(capacityPath(programId, filter));
