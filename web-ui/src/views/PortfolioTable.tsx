import { useMemo, useState } from 'react';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { Link } from 'react-router';
import type { Colour, PortfolioRow, Wave } from '../api/portfolio';
import { COLOUR_LABEL, daysToGoLive, index, percent, plain } from './format';
import { HealthBadge } from './HealthBadge';

const column = createColumnHelper<PortfolioRow>();
const HEALTH_ORDER: Record<Colour, number> = { RED: 0, AMBER: 1, GREEN: 2, NO_DATA: 3 };
const nullsLast = { sortUndefined: 'last' as const };

function columns(showCost: boolean) {
  const all = [
    column.accessor('siteName', {
      header: 'Site',
      cell: (cell) => <Link to={`/rollouts/${encodeURIComponent(cell.row.original.rolloutId)}/plan`}>{cell.getValue()}</Link>,
    }),
    column.accessor('waveName', { header: 'Wave', filterFn: (row, _id, value) => !value || row.original.waveId === value }),
    column.accessor('health', {
      header: 'Health',
      cell: (cell) => <HealthBadge colour={cell.getValue()} />,
      sortingFn: (a, b) => HEALTH_ORDER[a.original.health] - HEALTH_ORDER[b.original.health],
      filterFn: (row, _id, value) => !value || row.original.health === value,
    }),
    column.accessor('daysToGoLive', {
      header: 'Go-live',
      cell: (cell) => (
        <span title={cell.row.original.goLiveDate}>
          {daysToGoLive(cell.getValue())} <small>({cell.row.original.goLiveDate})</small>
        </span>
      ),
    }),
    column.accessor((row) => row.percentComplete ?? undefined, {
      id: 'percentComplete',
      header: '% complete',
      cell: (cell) => plain(cell.row.original.percentComplete, 1),
      ...nullsLast,
    }),
    column.accessor((row) => row.spi ?? undefined, { id: 'spi', header: 'SPI', cell: (c) => index(c.row.original.spi), ...nullsLast }),
    column.accessor((row) => row.cpi ?? undefined, { id: 'cpi', header: 'CPI', cell: (c) => index(c.row.original.cpi), ...nullsLast }),
    column.accessor((row) => row.readiness ?? undefined, {
      id: 'readiness',
      header: 'Readiness',
      cell: (c) => plain(c.row.original.readiness),
      ...nullsLast,
    }),
    column.accessor((row) => row.budgetBurn ?? undefined, {
      id: 'budgetBurn',
      header: 'Budget burn',
      cell: (c) => percent(c.row.original.budgetBurn),
      ...nullsLast,
    }),
    column.accessor('openConflicts', { header: 'Open conflicts' }),
  ];
  const costOnly = new Set(['spi', 'cpi', 'budgetBurn']);
  return showCost ? all : all.filter((definition) => !costOnly.has(definition.id ?? ''));
}

export function PortfolioTable({ rows, waves, showCost }: { rows: PortfolioRow[]; waves: Wave[]; showCost: boolean }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'daysToGoLive', desc: false }]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const table = useReactTable({
    data: rows,
    columns: useMemo(() => columns(showCost), [showCost]),
    state: { sorting, columnFilters, globalFilter },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: (row, _id, value: string) =>
      `${row.original.siteName} ${row.original.programName}`.toLowerCase().includes(value.toLowerCase()),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize: 25 } },
  });
  const filter = (id: string) => (table.getColumn(id)?.getFilterValue() as string | undefined) ?? '';
  const setFilter = (id: string, value: string) => table.getColumn(id)?.setFilterValue(value || undefined);
  const page = table.getState().pagination;
  const shown = table.getFilteredRowModel().rows.length;

  return (
    <>
      <div className="filters" role="search" aria-label="Filter the portfolio">
        <label>
          Site
          <input type="search" value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} placeholder="Name" />
        </label>
        <label>
          Wave
          <select value={filter('waveName')} onChange={(e) => setFilter('waveName', e.target.value)}>
            <option value="">All waves</option>
            {waves.map((wave) => (
              <option key={wave.waveId} value={wave.waveId}>
                {wave.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Health
          <select value={filter('health')} onChange={(e) => setFilter('health', e.target.value)}>
            <option value="">Any health</option>
            {(Object.keys(COLOUR_LABEL) as Colour[]).map((colour) => (
              <option key={colour} value={colour}>
                {COLOUR_LABEL[colour]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-scroll">
        <table className="portfolio">
          <caption className="visually-hidden">Site rollouts, {shown} shown</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button type="button" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ))}
            {shown === 0 && (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>No rollout matches.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pages">
        <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
          Previous
        </button>
        <span aria-live="polite">
          Page {page.pageIndex + 1} of {Math.max(table.getPageCount(), 1)} · {shown} rollouts
        </span>
        <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          Next
        </button>
        <label>
          Rows per page
          <select value={page.pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
            {[10, 25, 50, 100].map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </>
  );
}
