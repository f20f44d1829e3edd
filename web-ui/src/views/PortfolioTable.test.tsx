import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { row } from '../test/rows';
import { PortfolioTable } from './PortfolioTable';

const waves = [
  { waveId: 'w-1', name: 'Wave 1', sequence: 1 },
  { waveId: 'w-2', name: 'Wave 2', sequence: 2 },
];
const rows = [
  row({ rolloutId: 'a', siteName: 'Alpha Hospital', daysToGoLive: 30, health: 'RED', spi: 0.8 }),
  row({ rolloutId: 'b', siteName: 'Beta Clinic', daysToGoLive: 10, health: 'GREEN', waveId: 'w-2', waveName: 'Wave 2' }),
  row({ rolloutId: 'c', siteName: 'Gamma Centre', daysToGoLive: 60, health: 'AMBER', spi: null }),
];

const siteOrder = () =>
  screen.getAllByRole('row').slice(1).map((tr) => within(tr).getAllByRole('cell')[0].textContent);

describe('the portfolio table', () => {
  it('lists the nearest go-live first, and sorts by a column when its header is pressed', async () => {
    render(<PortfolioTable rows={rows} waves={waves} showCost />, { wrapper: MemoryRouter });
    expect(siteOrder()).toEqual(['Beta Clinic', 'Alpha Hospital', 'Gamma Centre']);

    await userEvent.click(screen.getByRole('button', { name: /^Health/ }));
    expect(siteOrder()).toEqual(['Alpha Hospital', 'Gamma Centre', 'Beta Clinic']);
    expect(screen.getByRole('columnheader', { name: /Health/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(screen.getByRole('button', { name: /^SPI/ }));
    expect(siteOrder().at(-1)).toBe('Gamma Centre'); // no SPI: last
  });

  it('filters by site name, wave and health', async () => {
    render(<PortfolioTable rows={rows} waves={waves} showCost />, { wrapper: MemoryRouter });

    await userEvent.type(screen.getByLabelText('Site'), 'gamma');
    expect(siteOrder()).toEqual(['Gamma Centre']);
    await userEvent.clear(screen.getByLabelText('Site'));

    await userEvent.selectOptions(screen.getByLabelText('Wave'), 'w-2');
    expect(siteOrder()).toEqual(['Beta Clinic']);
    await userEvent.selectOptions(screen.getByLabelText('Wave'), '');

    await userEvent.selectOptions(screen.getByLabelText('Health'), 'AMBER');
    expect(siteOrder()).toEqual(['Gamma Centre']);
  });

  it('pages through many rollouts', async () => {
    const many = Array.from({ length: 30 }, (_, i) => row({ rolloutId: `r${i}`, siteName: `Site ${i}`, daysToGoLive: i }));
    render(<PortfolioTable rows={many} waves={waves} showCost />, { wrapper: MemoryRouter });
    expect(siteOrder()).toHaveLength(25);
    expect(screen.getByText(/Page 1 of 2/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(siteOrder()).toEqual(['Site 25', 'Site 26', 'Site 27', 'Site 28', 'Site 29']);
  });

  it('shows no cost figures to a role that may not read them', () => {
    render(<PortfolioTable rows={rows} waves={waves} showCost={false} />, { wrapper: MemoryRouter });

    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).not.toContain('SPI');
    expect(headers).not.toContain('CPI');
    expect(headers).not.toContain('Budget burn');
    expect(headers).toContain('Readiness');
  });
});
