import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { Link, useParams } from 'react-router';
import { api } from '../../api/http';
import { NO_FILTER, useAuditSearch, type AuditEntry, type AuditFilter, type AuditSubject } from '../../api/audit';
import type { components } from '../../api/generated/planning';
import { describeType } from './audit';
import '../sites/pages.css';

type Program = components['schemas']['ProgramView'];
type Rollout = components['schemas']['RolloutView'];

const column = createColumnHelper<AuditEntry>();
const COLUMNS = [
  column.accessor('time', { header: 'When (UTC)', cell: (c) => (c.getValue() ?? '').slice(0, 19).replace('T', ' ') }),
  column.accessor('actor', { header: 'Who', cell: (c) => c.getValue() ?? 'the system' }),
  column.accessor((e) => describeType(e.type).change, { id: 'change', header: 'What' }),
  column.accessor((e) => describeType(e.type).service, { id: 'service', header: 'Service' }),
  column.accessor('source', { header: 'On', cell: (c) => <small>{c.getValue()}</small> }),
  column.accessor('requestId', { header: 'Request', cell: (c) => <small>{c.getValue() ?? ''}</small> }),
];

/** The sites and programs the PMO may pick, from planning. */
function useSubjects() {
  return useQuery({
    queryKey: ['audit', 'subjects'],
    queryFn: async () => {
      const programs = await api<Program[]>('/planning/programs');
      const rollouts = (await Promise.all(programs.map((p) => api<Rollout[]>(`/planning/programs/${encodeURIComponent(p.id ?? '')}/rollouts`)))).flat();
      return { programs, rollouts: rollouts.sort((a, b) => (a.siteName ?? '').localeCompare(b.siteName ?? '')) };
    },
  });
}

/** Who changed what, when, on a rollout or a program (`/audit`, `/rollouts/:id/audit`): the PMO's audit trail. */
export default function AuditView() {
  const fromRoute = useParams().id;
  const subjects = useSubjects();
  const [picked, setPicked] = useState<string>();
  const choice = picked ?? (fromRoute ? `rollout:${fromRoute}` : subjects.data?.rollouts[0] ? `rollout:${subjects.data.rollouts[0].id}` : undefined);
  const subject: AuditSubject | undefined = choice
    ? { kind: choice.startsWith('program:') ? 'program' : 'rollout', id: choice.slice(choice.indexOf(':') + 1) }
    : undefined;
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(25);
  const trail = useAuditSearch(subject, filter, page, size);
  const data = trail.data;
  const table = useReactTable({ data: data?.entries ?? [], columns: COLUMNS, getCoreRowModel: getCoreRowModel(), manualPagination: true });
  const set = (patch: Partial<AuditFilter>) => { setFilter((f) => ({ ...f, ...patch })); setPage(0); };
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit trail</h1>
      {fromRoute && <p><Link to={`/rollouts/${encodeURIComponent(fromRoute)}/stakeholders`}>The site's stakeholders</Link></p>}
      {subjects.isError && <p role="alert">The sites could not be loaded: {subjects.error.message}</p>}
      <div className="filters">
        <label>
          Site or program
          <select value={choice ?? ''} onChange={(e) => { setPicked(e.target.value); setFilter(NO_FILTER); setPage(0); }}>
            {subjects.data?.programs.map((p) => <option key={p.id} value={`program:${p.id}`}>Program: {p.name} (its own changes)</option>)}
            {subjects.data?.rollouts.map((r) => <option key={r.id} value={`rollout:${r.id}`}>{r.siteName}</option>)}
            {fromRoute && !subjects.data?.rollouts.some((r) => r.id === fromRoute) && <option value={`rollout:${fromRoute}`}>This site</option>}
          </select>
        </label>
        <label>
          Who (user name)
          <input value={filter.actor} onChange={(e) => set({ actor: e.target.value })} />
        </label>
        <label>
          What (part of the event type)
          <input value={filter.type} placeholder="e.g. conflict" onChange={(e) => set({ type: e.target.value })} />
        </label>
        <label>
          From
          <input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
      </div>
      <p>
        <button type="button" onClick={() => void trail.refetch()} disabled={trail.isFetching}>Refresh</button>
      </p>
      {trail.isPending && subject && <p role="status">Loading the audit trail…</p>}
      {trail.isError && <p role="alert">The audit trail could not be loaded: {trail.error.message}</p>}
      {data && (
        <>
          {/* Focusable, so a keyboard can scroll a wide trail (axe: scrollable-region-focusable). */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit trail">
            <table className="audit">
              <caption>
                {data.total} change{data.total === 1 ? '' : 's'}, newest first
              </caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((h) => <th key={h.id} scope="col">{flexRender(h.column.columnDef.header, h.getContext())}</th>)}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.original.eventId}>
                    {row.getVisibleCells().map((cell) => <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label="Pages of the audit trail">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>Previous page</button>
            <span>Page {page + 1} of {Math.max(1, data.totalPages ?? 0)}</span>
            <button type="button" disabled={page + 1 >= (data.totalPages ?? 0)} onClick={() => setPage(page + 1)}>Next page</button>
            <label>
              Rows per page
              <select value={size} onChange={(e) => { setSize(Number(e.target.value)); setPage(0); }}>
                {[25, 50, 100].map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
          </nav>
        </>
      )}
    </section>
  );
}
