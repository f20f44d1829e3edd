import type { Role } from '../api/roles';
import { useUser } from '../api/session';

/** The signed-in user's roles (the shell renders views only once the user is known). */
export function useRoles(): Role[] {
  return useUser().data?.roles ?? [];
}
