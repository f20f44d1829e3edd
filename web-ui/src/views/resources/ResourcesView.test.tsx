import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ResourcesView from './ResourcesView';

// The heat map draws on a canvas jsdom lacks; its option is tested in load.test.ts.
vi.mock('./LoadHeatMap', () => ({ default: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const capacity = {
  programId: 'p1',
  weeks: ['2027-W14'],
  resources: [{ resourceId: 'priya', name: 'Priya Raman', kind: 'PERSON', role: 'APPLICATION_ANALYST', capacityHours: [40], demandHours: [56] }],
  overAllocations: [{
    resourceId: 'priya', resourceName: 'Priya Raman', week: '2027-W14', capacityHours: 40, demandHours: 56,
    tasks: [{ rolloutId: 'r2', taskId: 'go-live-support', hours: 32 }, { rolloutId: 'r3', taskId: 'order-build', hours: 24 }],
  }],
};
const answers: Record<string, unknown> = {
  '/api/planning/programs': [{ id: 'p1', name: 'Northwind EHR' }],
  '/api/planning/programs/p1/rollouts': [{ id: 'r2', siteName: 'Harbor Hospital' }, { id: 'r3', siteName: 'Quay Clinic' }],
  '/api/planning/programs/p1/resources': [{ id: 'priya', name: 'Priya Raman', kind: 'PERSON', role: 'APPLICATION_ANALYST', skills: ['Orders'], hoursPerWeek: 40 }],
};

describe('the resources view', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names each over-allocation with its rollouts\u2019 tasks, and asks the service again for one role', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      asked.push(url);
      const body = url.includes('/capacity') ? capacity : answers[url];
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <ResourcesView />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    const over = await screen.findByRole('region', { name: /Over-allocations \(1\)/ });
    expect(over).toHaveTextContent('Priya Raman, 2027-W14: 56 h asked of 40 h');
    expect(within(over).getByRole('link', { name: 'Harbor Hospital: go-live-support (32 h)' })).toHaveAttribute('href', '/rollouts/r2/plan');
    expect(await screen.findByRole('img', { name: /per ISO week/ })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Priya Raman' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Role'), 'TRAINER');
    await vi.waitFor(() => expect(asked).toContain('/api/planning/programs/p1/capacity?role=TRAINER'));
  });
});
