import { act, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PortfolioView from './PortfolioView';

const answer = {
  asOf: '2026-12-07', programs: [{ programId: 'p', name: 'EHR program', waves: [{ waveId: 'w1', name: 'Wave 1', sequence: 1 }] }],
  rollouts: [{ rolloutId: 'r1', programId: 'p', waveId: 'w1', waveName: 'Wave 1', siteName: 'North General', daysToGoLive: 30,
    health: { overall: 'GREEN' } }],
  page: 0, size: 25, total: 1, totalPages: 1,
};

describe('the portfolio view', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for every rollout only once the health grid comes into view', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      const body = url === '/api/me' ? { username: 'admin', roles: ['PMO_ADMIN'] } : answer;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }));
    let seen: (visible: boolean) => void = () => {};
    vi.stubGlobal('IntersectionObserver', class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) { seen = (visible) => callback([{ isIntersecting: visible }]); }
      observe() {}
      disconnect() {}
    });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter><PortfolioView /></MemoryRouter>
      </QueryClientProvider>,
    );

    expect(await screen.findByRole('cell', { name: 'North General' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Health by wave' })).toBeInTheDocument();
    expect(urls.filter((url) => url.includes('size=500'))).toEqual([]);

    act(() => seen(true));

    expect(await screen.findByRole('list', { name: 'Wave 1 sites' })).toHaveTextContent('North General');
    expect(urls.filter((url) => url.includes('size=500'))).toHaveLength(1);
  });
});
