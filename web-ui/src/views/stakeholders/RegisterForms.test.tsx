import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../api/roles';
import type { CommunicationPlan, StakeholderList } from '../../api/stakeholders';
import { Communications } from './Communications';
import { Register } from './Register';
import { registerRights } from './stakeholders';

const register: StakeholderList = {
  stakeholders: [
    { id: 's1', name: 'Dr. Ada Moss', roleGroup: 'CLINICAL', influence: 'HIGH', interest: 'LOW', currentEngagement: 'NEUTRAL',
      desiredEngagement: 'SUPPORTIVE', rolloutIds: ['north'], programIds: [], version: 3 },
  ],
  page: 0, size: 20, total: 1, totalPages: 1,
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

const PLAN: CommunicationPlan = {
  id: 'rollout-north', rolloutId: 'north', version: 4,
  entries: [{ entryId: 'e-1', title: 'Weekly readiness update', purpose: 'GO_LIVE_PREPARATION', channel: 'EMAIL',
    roleGroups: ['CLINICAL'], quadrants: ['MANAGE_CLOSELY'], stakeholderIds: [], everyDays: 7, fromDaysBeforeGoLive: 90,
    owner: 'pm.north', acknowledgeWithinDays: 3, autoSend: true }],
};

/** The service: GETs answered from fixtures (the site's communication plan, if any), each write recorded and answered by `onWrite`. */
function serve(onWrite: (method: string, url: string, body: unknown) => Response, plan: CommunicationPlan | null = null) {
  const writes: [string, string, unknown][] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') {
      const body = JSON.parse(String(init?.body));
      writes.push([method, url, body]);
      return onWrite(method, url, body);
    }
    if (url.includes('/communication-plans')) return plan ? json(200, plan) : json(404, { title: 'Not found' });
    if (url.includes('/acknowledgement-rates')) return json(200, { overall: { delivered: 0 }, byRoleGroup: {} });
    if (url.includes('/communications')) return json(200, { communications: [], page: 0, size: 10, total: 0, totalPages: 0 });
    return json(200, register);
  }));
  return writes;
}

const ROLLOUTS = [{ id: 'north', projectManager: 'pm.north', siteName: 'North' }];

function renderPanels(roles: Role[], username: string) {
  const rights = registerRights(roles, username, ROLLOUTS, { kind: 'rollout', id: 'north' });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Register scope={{ kind: 'rollout', id: 'north' }} rights={rights} siteNames={new Map([['north', 'North']])} />
      <Communications scope={{ kind: 'rollout', id: 'north' }} mayChange={rights.communicate} username={username} />
    </QueryClientProvider>,
  );
}

describe('the register and communication forms', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('registers a stakeholder on the site and shows the service\u2019s message next to the field it names', async () => {
    const writes = serve(() => json(400, { title: 'Invalid request', detail: 'The request has invalid fields: email',
      errors: { email: 'must be a well-formed email address' } }));
    renderPanels(['PROJECT_MANAGER'], 'pm.north');

    await userEvent.click(await screen.findByRole('button', { name: 'Add a stakeholder' }));
    const form = screen.getByRole('form', { name: 'Add a stakeholder' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Sam Okafor');
    await userEvent.type(within(form).getByLabelText('E-mail'), 'not-an-address');
    await userEvent.selectOptions(within(form).getByLabelText('Influence'), 'HIGH');
    await userEvent.selectOptions(within(form).getByLabelText('Desired engagement'), 'LEADING');
    await userEvent.click(within(form).getByRole('button', { name: 'Add the stakeholder' }));

    expect(writes).toEqual([['POST', '/api/stakeholders', expect.objectContaining({
      name: 'Sam Okafor', email: 'not-an-address', roleGroup: 'CLINICAL', influence: 'HIGH', desiredEngagement: 'LEADING', rolloutIds: ['north'] })]]);
    const email = within(form).getByLabelText('E-mail');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
    expect(within(form).getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
  });

  it('edits with the version read, and after a 409 offers to reload the register', async () => {
    const writes = serve(() => json(409, { title: 'Edited concurrently', detail: 'Stakeholder s1 is at version 4, not 3' }));
    renderPanels(['PMO_ADMIN'], 'admin');

    await userEvent.click(await screen.findByRole('button', { name: 'Edit Dr. Ada Moss' }));
    const form = screen.getByRole('form', { name: 'Edit Dr. Ada Moss' });
    await userEvent.selectOptions(within(form).getByLabelText('Current engagement'), 'SUPPORTIVE');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the stakeholder' }));

    expect(writes).toEqual([['PUT', '/api/stakeholders/s1', expect.objectContaining({ version: 3, currentEngagement: 'SUPPORTIVE', rolloutIds: ['north'] })]]);
    expect(within(form).getByRole('alert')).toHaveTextContent('Someone changed this stakeholder since you opened it (409): Stakeholder s1 is at version 4, not 3');
    await userEvent.click(within(form).getByRole('button', { name: 'Reload the register' }));
    expect(screen.queryByRole('form', { name: 'Edit Dr. Ada Moss' })).not.toBeInTheDocument();
  });

  it('sends an announcement to the audience chosen and says how many it went to', async () => {
    const writes = serve(() => json(201, { id: 'c1', subject: 'Lab down Saturday', deliveries: [{ state: 'PENDING' }, { state: 'PENDING' }] }));
    renderPanels(['PROJECT_MANAGER'], 'pm.north');

    await userEvent.click(await screen.findByRole('button', { name: 'Send an announcement' }));
    const form = screen.getByRole('form', { name: 'Send an announcement' });
    await userEvent.selectOptions(within(form).getByLabelText('To role groups (none: every group)'), ['CLINICAL']);
    await userEvent.type(within(form).getByLabelText('Subject'), 'Lab down Saturday');
    await userEvent.type(within(form).getByLabelText('Message'), 'Use the downtime forms.');
    await userEvent.type(within(form).getByLabelText('Acknowledge within (days, empty: not asked)'), '2');
    await userEvent.click(within(form).getByRole('button', { name: 'Send' }));

    expect(writes).toEqual([['POST', '/api/stakeholders/communications', {
      rolloutId: 'north', subject: 'Lab down Saturday', body: 'Use the downtime forms.', purpose: 'STATUS',
      audience: { roleGroups: ['CLINICAL'], quadrants: [] }, acknowledgeWithinDays: 2 }]]);
    expect(await screen.findByText('Sent “Lab down Saturday” to 2 recipients.')).toBeInTheDocument();
  });

  it('adds a weekly entry to the communication plan', async () => {
    const writes = serve(() => json(200, { id: 'p', entries: [], version: 0 }));
    renderPanels(['PROJECT_MANAGER'], 'pm.north');

    await userEvent.click(await screen.findByRole('button', { name: 'Add a plan entry' }));
    const form = screen.getByRole('form', { name: 'Add a plan entry' });
    await userEvent.type(within(form).getByLabelText('Entry'), 'Weekly huddle');
    await userEvent.selectOptions(within(form).getByLabelText('Channel'), 'MEETING');
    await userEvent.click(within(form).getByRole('button', { name: 'Add the entry' }));

    expect(writes).toEqual([['POST', '/api/stakeholders/communication-plans', { rolloutId: 'north', entries: [{
      title: 'Weekly huddle', purpose: 'STATUS', channel: 'MEETING', owner: 'pm.north', everyDays: 7, fromDaysBeforeGoLive: 90,
      roleGroups: ['CLINICAL', 'TECHNICAL', 'EXECUTIVE', 'OPERATIONS', 'FINANCE', 'VENDOR'] }] }]]);
  });

  it('revises a plan entry whole with the plan\u2019s version, keeping what its form does not show', async () => {
    const writes = serve(() => json(200, { ...PLAN, version: 5 }), PLAN);
    renderPanels(['PROJECT_MANAGER'], 'pm.north');

    await userEvent.click(await screen.findByRole('button', { name: 'Edit Weekly readiness update' }));
    const form = screen.getByRole('form', { name: 'Edit Weekly readiness update' });
    expect(within(form).getByLabelText('Entry')).toHaveValue('Weekly readiness update');
    expect(within(form).getByLabelText('Purpose')).toHaveValue('GO_LIVE_PREPARATION');
    await userEvent.clear(within(form).getByLabelText('Every (days)'));
    await userEvent.type(within(form).getByLabelText('Every (days)'), '14');
    await userEvent.selectOptions(within(form).getByLabelText('Channel'), 'MEETING');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the entry' }));

    // A meeting does not send itself: autoSend is dropped; the quadrants and the acknowledgement asked stay.
    expect(writes).toEqual([['PUT', '/api/stakeholders/communication-plans/rollout-north/entries/e-1', { version: 4, entry: {
      title: 'Weekly readiness update', purpose: 'GO_LIVE_PREPARATION', channel: 'MEETING', owner: 'pm.north', roleGroups: ['CLINICAL'],
      quadrants: ['MANAGE_CLOSELY'], stakeholderIds: [], acknowledgeWithinDays: 3, everyDays: 14, fromDaysBeforeGoLive: 90 } }]]);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit Weekly readiness update' })).not.toBeInTheDocument());
  });

  it.each([
    ['a viewer', ['VIEWER'] as Role[], 'viewer'],
    ['another site\u2019s project manager', ['PROJECT_MANAGER'] as Role[], 'pm.south'],
    ['finance', ['FINANCE'] as Role[], 'finance'],
  ])('shows %s the register and communications without any change', async (_, roles, username) => {
    serve(() => json(403, { detail: 'no' }), PLAN);
    renderPanels(roles, username);

    expect(await screen.findByText('Dr. Ada Moss')).toBeInTheDocument();
    expect(await screen.findByText('Nothing sent yet.')).toBeInTheDocument();
    expect(screen.getByText('Weekly readiness update')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add a stakeholder|Edit|Send an announcement|Add a plan entry/ })).not.toBeInTheDocument();
  });
});
