import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, getPaginationRowModel, useReactTable } from '@tanstack/react-table';
import { Link, useParams } from 'react-router';
import { api } from '../../api/http';
import { useAuditTrail, type AuditEntry, type AuditSubject } from '../../api/audit';
import type { components } from '../../api/generated/planning';
import { actorsOf, describeType, filterEntries, NO_FILTER, type AuditFilter } from './audit';
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
  const trail = useAuditTrail(subject);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const entries = useMemo(() => filterEntries(trail.data ?? [], filter), [trail.data, filter]);
  const actors = useMemo(() => actorsOf(trail.data ?? []), [trail.data]);
  const table = useReactTable({
    data: entries,
    columns: COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize: 25 } },
    autoResetPageIndex: true,
  });
  const set = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const page = table.getState().pagination;
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit trail</h1>
      {fromRoute && <p><Link to={`/rollouts/${encodeURIComponent(fromRoute)}/stakeholders`}>The site's stakeholders</Link></p>}
      {subjects.isError && <p role="alert">The sites could not be loaded: {subjects.error.message}</p>}
      <div className="filters">
        <label>
          Site or program
          <select value={choice ?? ''} onChange={(e) => { setPicked(e.target.value); setFilter(NO_FILTER); }}>
            {subjects.data?.programs.map((p) => <option key={p.id} value={`program:${p.id}`}>Program: {p.name} (its own changes)</option>)}
            {subjects.data?.rollouts.map((r) => <option key={r.id} value={`rollout:${r.id}`}>{r.siteName}</option>)}
            {fromRoute && !subjects.data?.rollouts.some((r) => r.id === fromRoute) && <option value={`rollout:${fromRoute}`}>This site</option>}
          </select>
        </label>
        <label>
          Who
          <input list="audit-actors" value={filter.actor} onChange={(e) => set({ actor: e.target.value })} />
          <datalist id="audit-actors">{actors.map((a) => <option key={a} value={a} />)}</datalist>
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
      {trail.isPending && subject && <p role="status">Loading the audit trail…</p>}
      {trail.isError && <p role="alert">The audit trail could not be loaded: {trail.error.message}</p>}
      {trail.data && (
        <>
          <div className="table-scroll">
            <table className="audit">
              <caption>
                {entries.length} of {trail.data.length} changes, newest first
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
            <button type="button" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>Previous page</button>
            <span>Page {page.pageIndex + 1} of {Math.max(1, table.getPageCount())}</span>
            <button type="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>Next page</button>
            <label>
              Rows per page
              <select value={page.pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
                {[25, 50, 100].map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
          </nav>
        </>
      )}
    </section>
  );
}
