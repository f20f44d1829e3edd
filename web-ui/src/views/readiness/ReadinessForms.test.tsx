import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scorecard, Training } from '../../api/readiness';
import { mayChangeReadiness } from './readiness';
import { ScorecardPanel } from './ScorecardPanel';
import { TrainingPanel } from './TrainingPanel';

const scorecard: Scorecard = {
  rolloutId: 'north', score: 62.5, rating: 'NOT_READY', gated: true, goLiveDate: '2027-03-06', domains: [],
  criteria: [{ id: 'support-model', name: 'Support model agreed', domain: 'PRODUCTION_SUPPORT', criticality: 'MAJOR',
    status: 'NOT_MET', attainment: 0, passLevel: 100, owner: 'Support lead' }],
};
const training: Training = {
  rolloutId: 'north', trainedPercent: 50, proficiencyPercent: 80, superUsers: 2, superUsersNeeded: 4, shiftCoveragePercent: 50,
  figures: { usersPerSuperUser: 10, groups: [{ roleGroup: 'Nursing', usersToTrain: 40, trained: 20, passedProficiency: 16, superUsers: 2, shiftsToCover: 3, shiftsCovered: 1 }] },
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

function serve(answer: (method: string, url: string, body: unknown) => Response) {
  const calls: [string, string, unknown][] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body;
    calls.push([init?.method ?? 'GET', url, body]);
    return answer(init?.method ?? 'GET', url, body);
  }));
  return calls;
}
const wrap = (children: ReactNode) =>
  render(<QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>{children}</QueryClientProvider>);

describe('the readiness forms', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('records an assessment and shows the service\u2019s message next to the attainment', async () => {
    const calls = serve(() => json(400, { title: 'Invalid request', errors: { attainment: 'must be less than or equal to 100' } }));
    wrap(<ScorecardPanel scorecard={scorecard} mayChange />);

    await userEvent.click(screen.getByRole('button', { name: 'Assess Support model agreed' }));
    const form = screen.getByRole('form', { name: 'Assess Support model agreed' });
    await userEvent.clear(within(form).getByLabelText('Attainment (%)'));
    await userEvent.type(within(form).getByLabelText('Attainment (%)'), '120');
    await userEvent.type(within(form).getByLabelText('Evidence'), 'Signed runbook');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the assessment' }));

    expect(calls).toEqual([['PUT', '/api/tracking/readiness/rollouts/north/criteria/support-model/assessment', { attainment: 120, evidence: 'Signed runbook' }]]);
    expect(await within(form).findByLabelText('Attainment (%)')).toHaveAccessibleDescription('must be less than or equal to 100');
  });

  it('saves a role group\u2019s figures and shows a contradiction the service names', async () => {
    const calls = serve(() => json(422, { title: 'Request breaks a rule', detail: 'More trained than to train', errors: { trained: 'at most usersToTrain' } }));
    wrap(<TrainingPanel rolloutId="north" training={training} mayChange />);

    await userEvent.click(screen.getByRole('button', { name: 'Edit the figures of Nursing' }));
    const form = screen.getByRole('form', { name: 'Training figures of Nursing' });
    await userEvent.clear(within(form).getByLabelText('Trained'));
    await userEvent.type(within(form).getByLabelText('Trained'), '45');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the figures' }));

    expect(calls).toEqual([['PUT', '/api/tracking/training/rollouts/north/role-groups/Nursing',
      { usersToTrain: 40, trained: 45, passedProficiency: 16, superUsers: 2, shiftsToCover: 3, shiftsCovered: 1 }]]);
    expect(await within(form).findByRole('alert')).toHaveTextContent('More trained than to train');
    expect(within(form).getByLabelText('Trained')).toHaveAccessibleDescription('at most usersToTrain');
  });

  it('imports a learning-system export and lists the rows it rejected', async () => {
    const calls = serve(() => json(200, { rowsRead: 3, accepted: 2, rejected: [{ line: 3, column: 'status', message: 'unknown status DONE' }] }));
    wrap(<TrainingPanel rolloutId="north" training={training} mayChange />);

    const csv = new File(['user_id,role_group,status\nu1,Nursing,COMPLETED\n'], 'lms.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Learning-system export (CSV)'), csv);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(calls[0].slice(0, 2)).toEqual(['POST', '/api/tracking/training/rollouts/north/import']);
    expect(await screen.findByText('3 rows read: 2 accepted, 1 rejected.')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'unknown status DONE' })).toBeInTheDocument();
  });

  it('offers no change to those tracking refuses', () => {
    serve(() => json(403, {}));
    wrap(<><ScorecardPanel scorecard={scorecard} mayChange={false} /><TrainingPanel rolloutId="north" training={training} mayChange={false} /></>);

    expect(screen.queryByRole('button', { name: /Assess|Edit|Add a role group|Import/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Learning-system export (CSV)')).not.toBeInTheDocument();
  });

  it('lets the PMO and the site\u2019s own project manager change readiness, nobody else', () => {
    expect(mayChangeReadiness(['PMO_ADMIN'], 'admin', 'pm.north')).toBe(true);
    expect(mayChangeReadiness(['PROJECT_MANAGER'], 'pm.north', 'pm.north')).toBe(true);
    expect(mayChangeReadiness(['PROJECT_MANAGER'], 'pm.south', 'pm.north')).toBe(false);
    expect(mayChangeReadiness(['VIEWER', 'CONTRIBUTOR', 'FINANCE'], 'pm.north', 'pm.north')).toBe(false);
  });
});
