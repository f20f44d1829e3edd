import { render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CutoverView from './CutoverView';

// The chart draws on a canvas jsdom lacks; its option is tested in runbook.test.ts.
vi.mock('./RunbookChart', () => ({ default: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const downtime = { taskId: 'downtime-window', title: 'Downtime: legacy read-only', kind: 'DOWNTIME', start: '2027-09-05T22:00:00', finish: '2027-09-06T06:00:00', responsible: ['Command Center Lead'] };
const goNoGo = { taskId: 'go-no-go-call', title: 'Go/no-go call', kind: 'CHECKPOINT', start: '2027-09-06T05:30:00', finish: '2027-09-06T05:30:00', accountable: 'Executive Sponsor' };
const runbook = {
  goLiveDate: '2027-09-06',
  window: { from: '2027-09-04T00:00:00', to: '2027-09-09T00:00:00' },
  steps: [downtime, goNoGo],
  checkpoints: [goNoGo],
  downtime: [downtime],
};

function show(answers: Record<string, { status: number; body: unknown }>) {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const answer = answers[url];
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  }));
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={['/rollouts/r1/cutover']}>
        <Routes>
          <Route path="/rollouts/:id/cutover" element={<CutoverView />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the cutover runbook view', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('lists the steps by day with their kind and owners, downtime shaded, and says when the cutover runs now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 8, 6, 3, 0));
    show({
      '/api/planning/rollouts/r1': { status: 200, body: { id: 'r1', siteName: 'Harbor Hospital', goLiveDate: '2027-09-06' } },
      '/api/planning/rollouts/r1/cutover': { status: 200, body: runbook },
    });

    await screen.findByRole('heading', { name: 'Cutover runbook: Harbor Hospital' });
    const steps = screen.getByRole('region', { name: 'Runbook steps' });
    const rows = within(steps).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'StartFinishStepKindOwnersStatus',
      expect.stringMatching(/^GL-1 · Sun 5 Sep/),
      '22:00GL 06:00Downtime: legacy read-only · running nowDowntimeCommand Center LeadNot started',
      expect.stringMatching(/^GL · Mon 6 Sep/),
      '05:30GL 05:30Go/no-go callGo/no-go checkpointAccountable: Executive SponsorNot started',
    ]);
    expect(rows[2]).toHaveClass('kind-downtime', 'running');
    expect(screen.getByText('Now GL 03:00: the cutover is under way.')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('img', { name: /by the hour, GL-2 to GL\+3/ })).toBeInTheDocument();
  });

  it('says so when the site has no plan (planning answers 404)', async () => {
    show({
      '/api/planning/rollouts/r1': { status: 200, body: { id: 'r1', siteName: 'Quay Clinic' } },
      '/api/planning/rollouts/r1/cutover': { status: 404, body: { title: 'Not Found' } },
    });

    expect(await screen.findByText('This site has no plan yet, so no runbook.')).toBeInTheDocument();
  });
});
