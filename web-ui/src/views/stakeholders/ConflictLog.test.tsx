import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConflictList } from '../../api/stakeholders';
import { ConflictLog } from './ConflictLog';
import { conflictRights } from './stakeholders';

const log: ConflictList = {
  conflicts: [
    { id: 'c1', rolloutId: 'north', title: 'Order sets vs. standard build', kind: 'CLINICAL_TECHNICAL_WORKFLOW', severity: 'HIGH',
      owner: 'pm.north', dueDate: '2027-01-10', status: 'OPEN', level: 'OWNER', version: 4, overdue: false },
  ],
  page: 0, size: 10, total: 1, totalPages: 1,
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

function serve(onPost: (url: string, body: unknown) => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) =>
    init?.method === 'POST' ? onPost(url, JSON.parse(String(init.body))) : json(200, log));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderLog(roles: Parameters<typeof conflictRights>[0], username: string) {
  const rights = conflictRights(roles, username, () => 'pm.north', 'north');
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ConflictLog scope={{ kind: 'rollout', id: 'north' }} rights={rights} username={username} />
    </QueryClientProvider>,
  );
}

describe('the conflict log', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets the site\u2019s project manager escalate a conflict one level, with the version read', async () => {
    const posted: [string, unknown][] = [];
    serve((url, body) => { posted.push([url, body]); return json(200, { ...log.conflicts![0], level: 'PROJECT_MANAGER', status: 'ESCALATED', version: 5 }); });
    renderLog(['PROJECT_MANAGER'], 'pm.north');

    await userEvent.click(await screen.findByRole('button', { name: 'Escalate to project manager: Order sets vs. standard build' }));

    expect(posted).toEqual([['/api/stakeholders/conflicts/c1/escalation', { version: 4 }]]);
    expect(screen.getByRole('button', { name: 'Log a conflict' })).toBeInTheDocument();
  });

  it('shows a viewer the log without any action', async () => {
    serve(() => json(403, { detail: 'no' }));
    renderLog(['VIEWER'], 'viewer');

    expect(await screen.findByText('Order sets vs. standard build')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Escalate|Resolve|mediation|Log a conflict/ })).not.toBeInTheDocument();
  });

  it('says so when someone changed the conflict meanwhile (409)', async () => {
    serve(() => json(409, { title: 'Conflict', detail: 'Conflict c1 is at version 5, not 4' }));
    renderLog(['PMO_ADMIN'], 'admin');

    await userEvent.click(await screen.findByRole('button', { name: /^Start mediation/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Not done (409): Conflict c1 is at version 5, not 4');
  });
});
