// The signed-in user, as the gateway knows them from the session cookie.
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, requestHeaders } from './http';
import { rolesOf, type Role } from './roles';

export interface User {
  username: string;
  name: string;
  email: string;
  roles: Role[];
}

/** The user, or null when the gateway answers 401 (no session, or it expired). */
export async function currentUser(): Promise<User | null> {
  try {
    const me = await api<{ username: string; name?: string; email?: string; roles?: string[] }>('/me');
    return { username: me.username, name: me.name ?? me.username, email: me.email ?? '', roles: rolesOf(me.roles ?? []) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useUser() {
  return useQuery({ queryKey: ['me'], queryFn: currentUser, staleTime: 60_000 });
}

/** Sign-in is the gateway's: it sends the browser to the identity provider and back to /. */
export const SIGN_IN_URL = '/oauth2/authorization/golive';

/**
 * Ends the session at the gateway, which answers where to go next (the identity provider's end-session page, so the
 * next sign-in asks for the password again, and from there back to /).
 */
export async function signOut(): Promise<void> {
  const response = await fetch('/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: requestHeaders('POST', undefined),
  });
  const next = response.ok ? await response.json().catch(() => null) : null;
  window.location.assign(typeof next?.redirect === 'string' ? next.redirect : '/');
}
