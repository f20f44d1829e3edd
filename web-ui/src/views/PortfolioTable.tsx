import { useEffect, useMemo, useState } from 'react';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { Colour, PortfolioQuery, PortfolioRow, Wave } from '../api/portfolio';
import { COLOUR_LABEL, daysToGoLive, index, percent, plain } from './format';
import { HealthBadge } from './HealthBadge';

const column = createColumnHelper<PortfolioRow>();

function columns(showCost: boolean) {
  const all = [
    column.accessor('siteName', {
      header: 'Site',
      cell: (cell) => <Link to={`/rollouts/${encodeURIComponent(cell.row.original.rolloutId)}/plan`}>{cell.getValue()}</Link>,
    }),
    column.accessor('waveName', { header: 'Wave' }),
    column.accessor('health', { header: 'Health', cell: (cell) => <HealthBadge colour={cell.getValue()} /> }),
    column.accessor('daysToGoLive', {
      header: 'Go-live',
      cell: (cell) => (
        <span title={cell.row.original.goLiveDate}>
          {daysToGoLive(cell.getValue())} <small>({cell.row.original.goLiveDate})</small>
        </span>
      ),
    }),
    column.accessor('percentComplete', { header: '% complete', cell: (cell) => plain(cell.getValue(), 1) }),
    column.accessor('spi', { header: 'SPI', cell: (cell) => index(cell.getValue()) }),
    column.accessor('cpi', { header: 'CPI', cell: (cell) => index(cell.getValue()) }),
    column.accessor('readiness', { header: 'Readiness', cell: (cell) => plain(cell.getValue()) }),
    column.accessor('budgetBurn', { header: 'Budget burn', cell: (cell) => percent(cell.getValue()) }),
    column.accessor('openConflicts', { header: 'Open conflicts', cell: (cell) => plain(cell.getValue()) }),
  ];
  const costOnly = new Set(['spi', 'cpi', 'budgetBurn']);
  const key = (definition: (typeof all)[number]) =>
    definition.id ?? ('accessorKey' in definition ? String(definition.accessorKey) : '');
  return showCost ? all : all.filter((definition) => !costOnly.has(key(definition)));
}

interface Props {
  rows: PortfolioRow[];
  waves: Wave[];
  /** Rollouts that match the filters, over all pages. */
  total: number;
  totalPages: number;
  showCost: boolean;
  query: PortfolioQuery;
  onQueryChange: (query: PortfolioQuery) => void;
}

const SEARCH_PAUSE_MS = 250; // ask the server once typing pauses, not on every key

/** The portfolio a page at a time; filters, sort and page are the server's (the rows are that page, in order). */
export function PortfolioTable({ rows, waves, total, totalPages, showCost, query, onQueryChange }: Props) {
  const [search, setSearch] = useState(query.q);
  useEffect(() => {
    if (search === query.q) return undefined;
    const timer = setTimeout(() => onQueryChange({ ...query, q: search, page: 0 }), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [search, query, onQueryChange]);
  const sorting: SortingState = [query.sort];
  const table = useReactTable({
    data: rows,
    columns: useMemo(() => columns(showCost), [showCost]),
    state: { sorting },
    getRowId: (row) => row.rolloutId,
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    onSortingChange: (change) => {
      const next = (typeof change === 'function' ? change(sorting) : change)[0];
      if (next) onQueryChange({ ...query, sort: { id: next.id, desc: next.desc }, page: 0 });
    },
    getCoreRowModel: getCoreRowModel(),
  });
  const change = (fields: Partial<PortfolioQuery>) => onQueryChange({ ...query, ...fields, page: 0 });
  const pages = Math.max(totalPages, 1);

  return (
    <>
      <div className="filters" role="search" aria-label="Filter the portfolio">
        <label>
          Site
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name" />
        </label>
        <label>
          Wave
          <select value={query.waveId} onChange={(e) => change({ waveId: e.target.value })}>
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
          <select value={query.health} onChange={(e) => change({ health: e.target.value })}>
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
          <caption className="visually-hidden">Site rollouts, {rows.length} shown of {total}</caption>
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
            {rows.length === 0 && (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>No rollout matches.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pages">
        <button type="button" onClick={() => onQueryChange({ ...query, page: query.page - 1 })} disabled={query.page <= 0}>
          Previous
        </button>
        <span aria-live="polite">
          Page {query.page + 1} of {pages} · {total} rollouts
        </span>
        <button
          type="button"
          onClick={() => onQueryChange({ ...query, page: query.page + 1 })}
          disabled={query.page + 1 >= pages}
        >
          Next
        </button>
        <label>
          Rows per page
          <select value={query.size} onChange={(e) => change({ size: Number(e.target.value) })}>
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
