import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, newQueryClient } from '../App';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function serve(routes: Record<string, () => Response>) {
  const fetch = vi.fn(async (url: string) => (routes[url] ?? (() => answer(404, { title: 'Not found' })))());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const emptyPortfolio = () => answer(200, { asOf: '2026-12-06', programs: [], rollouts: [] });

describe('the app shell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.pushState({}, '', '/');
  });

  it('offers the sign-in when there is no session', async () => {
    serve({ '/api/me': () => answer(401, { title: 'Unauthenticated' }) });
    render(<App client={newQueryClient()} />);

    const signIn = await screen.findByRole('link', { name: 'Sign in' });
    expect(signIn).toHaveAttribute('href', '/oauth2/authorization/golive');
    expect(screen.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument();
  });

  it('shows the user, their role and the views they may use, and opens the portfolio', async () => {
    serve({
      '/api/me': () => answer(200, { username: 'finance', name: 'Fiona Finance', email: 'f@x', roles: ['FINANCE'] }),
      '/api/tracking/portfolio': emptyPortfolio,
      '/api/stakeholders/conflicts?status=OPEN&status=IN_MEDIATION&status=ESCALATED&size=500&page=0': () =>
        answer(200, { conflicts: [], totalPages: 0 }),
    });
    render(<App client={newQueryClient()} />);

    expect(await screen.findByText('Fiona Finance')).toBeInTheDocument();
    expect(screen.getByText('Finance')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(nav).toHaveTextContent('Portfolio');
    expect(nav).toHaveTextContent('Wave comparison');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/portfolio');
  });

  it('signs out with a POST carrying the CSRF token, then goes where the gateway says', async () => {
    document.cookie = 'XSRF-TOKEN=abc123';
    const fetch = serve({
      '/api/me': () => answer(200, { username: 'viewer', name: 'Vera Viewer', email: 'v@x', roles: ['VIEWER'] }),
      '/api/tracking/portfolio': emptyPortfolio,
      '/api/stakeholders/conflicts?status=OPEN&status=IN_MEDIATION&status=ESCALATED&size=500&page=0': () =>
        answer(200, { conflicts: [], totalPages: 0 }),
      '/logout': () => answer(200, { redirect: 'http://idp.test/connect/logout?post_logout_redirect_uri=x' }),
    });
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    render(<App client={newQueryClient()} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    const logout = fetch.mock.calls.find(([url]) => url === '/logout') as unknown as [string, RequestInit];
    expect(logout[1].method).toBe('POST');
    expect((logout[1].headers as Headers).get('X-XSRF-TOKEN')).toBe('abc123');
    expect(assign).toHaveBeenCalledWith('http://idp.test/connect/logout?post_logout_redirect_uri=x');
  });
});
