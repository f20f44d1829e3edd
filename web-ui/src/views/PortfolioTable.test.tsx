import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE, type PortfolioQuery } from '../api/portfolio';
import { row } from '../test/rows';
import { PortfolioTable } from './PortfolioTable';

const waves = [
  { waveId: 'w-1', name: 'Wave 1', sequence: 1 },
  { waveId: 'w-2', name: 'Wave 2', sequence: 2 },
];
const rows = [
  row({ rolloutId: 'b', siteName: 'Beta Clinic', daysToGoLive: 10, health: 'GREEN', waveId: 'w-2', waveName: 'Wave 2' }),
  row({ rolloutId: 'a', siteName: 'Alpha Hospital', daysToGoLive: 30, health: 'RED', spi: 0.8, openConflicts: null }),
];

const siteOrder = () =>
  screen.getAllByRole('row').slice(1).map((tr) => within(tr).getAllByRole('cell')[0].textContent);

/** The table as the view holds it: the query in state, every change also reported to the test. */
function Table({ seen, total = 2, totalPages = 1, showCost = true }: { seen: (q: PortfolioQuery) => void; total?: number; totalPages?: number; showCost?: boolean }) {
  const [query, setQuery] = useState(FIRST_PAGE);
  const change = (next: PortfolioQuery) => {
    seen(next);
    setQuery(next);
  };
  return (
    <PortfolioTable rows={rows} waves={waves} total={total} totalPages={totalPages} showCost={showCost} query={query} onQueryChange={change} />
  );
}

describe('the portfolio table', () => {
  it('shows the page the server answered, in its order, marked sorted by the nearest go-live', () => {
    render(<Table seen={vi.fn()} />, { wrapper: MemoryRouter });

    expect(siteOrder()).toEqual(['Beta Clinic', 'Alpha Hospital']);
    expect(screen.getByRole('columnheader', { name: /Go-live/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText(/Page 1 of 1 · 2 rollouts/)).toBeInTheDocument();
  });

  it('asks the server for a sort when a header is pressed, from the first page', async () => {
    const seen = vi.fn();
    render(<Table seen={seen} />, { wrapper: MemoryRouter });

    await userEvent.click(screen.getByRole('button', { name: /^Health/ }));
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ sort: { id: 'health', desc: false }, page: 0 }));
    expect(screen.getByRole('columnheader', { name: /Health/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(screen.getByRole('button', { name: /^Health/ }));
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ sort: { id: 'health', desc: true } }));
  });

  it('asks the server to filter by site name once typing pauses, and by wave and health', async () => {
    const seen = vi.fn();
    render(<Table seen={seen} />, { wrapper: MemoryRouter });

    await userEvent.type(screen.getByLabelText('Site'), 'gamma');
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ q: 'gamma', page: 0 })));
    expect(seen.mock.calls.filter(([query]) => query.q !== '')).toHaveLength(1); // once, not per key

    await userEvent.selectOptions(screen.getByLabelText('Wave'), 'w-2');
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ waveId: 'w-2', q: 'gamma' }));
    await userEvent.selectOptions(screen.getByLabelText('Health'), 'AMBER');
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ health: 'AMBER', waveId: 'w-2' }));
  });

  it('pages through the server\'s pages and changes the page size', async () => {
    const seen = vi.fn();
    render(<Table seen={seen} total={60} totalPages={3} />, { wrapper: MemoryRouter });
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1 }));
    expect(screen.getByText(/Page 2 of 3 · 60 rollouts/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await userEvent.selectOptions(screen.getByLabelText('Rows per page'), '50');
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ size: 50, page: 0 }));
  });

  it('shows a dash where the server has no figure', () => {
    render(<Table seen={vi.fn()} />, { wrapper: MemoryRouter });

    const alpha = screen.getAllByRole('row')[2];
    expect(within(alpha).getAllByRole('cell').at(-1)?.textContent).toBe('—');
  });

  it('shows no cost figures to a role that may not read them', () => {
    render(<Table seen={vi.fn()} showCost={false} />, { wrapper: MemoryRouter });

    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).not.toContain('SPI');
    expect(headers).not.toContain('CPI');
    expect(headers).not.toContain('Budget burn');
    expect(headers).toContain('Readiness');
  });
});
