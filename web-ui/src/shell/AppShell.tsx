import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { roleLabel, viewsFor } from '../api/roles';
import { SIGN_IN_URL, signOut, useUser, type User } from '../api/session';

/** Header, navigation for the user's roles and the page; a sign-in page when there is no session. */
export function AppShell({ children }: { children: ReactNode }) {
  const user = useUser();
  if (user.isPending) return <p role="status">Loading…</p>;
  if (user.isError) {
    return (
      <main id="main" className="page">
        <h1>Golive is unreachable</h1>
        <p role="alert">{user.error.message}</p>
      </main>
    );
  }
  if (!user.data) return <SignIn />;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header user={user.data} />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

function Header({ user }: { user: User }) {
  return (
    <header className="app-header">
      <span className="brand">Golive</span>
      <nav aria-label="Views">
        <ul>
          {viewsFor(user.roles).map((view) => (
            <li key={view.path}>
              <NavLink to={view.path}>{view.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="user" aria-label="Signed-in user">
        <span className="user-name">{user.name}</span>
        <span className="user-role">{roleLabel(user.roles)}</span>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </header>
  );
}

function SignIn() {
  return (
    <main id="main" className="page sign-in">
      <h1>Golive</h1>
      <p>The PMO's view of every site's EHR rollout.</p>
      <a className="button" href={SIGN_IN_URL}>
        Sign in
      </a>
    </main>
  );
}
