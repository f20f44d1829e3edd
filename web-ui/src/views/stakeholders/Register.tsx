import { useState } from 'react';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useRegister, useStakeholderChanges, type Quadrant, type RegisterQuestion, type RoleGroup, type Scope, type Stakeholder } from '../../api/stakeholders';
import { ROLE_GROUPS, StakeholderEditor } from './StakeholderEditor';
import { label, QUADRANTS, type RegisterRights } from './stakeholders';

const column = createColumnHelper<Stakeholder>();
const COLUMNS = [
  column.accessor('name', { header: 'Name', cell: (c) => <>{c.getValue()}{c.row.original.champion ? ' ★' : ''}</> }),
  column.accessor('title', { header: 'Title', cell: (c) => c.getValue() ?? '' }),
  column.accessor('roleGroup', { header: 'Role group', cell: (c) => label(c.getValue()) }),
  column.accessor('influence', { header: 'Influence', cell: (c) => label(c.getValue()) }),
  column.accessor('interest', { header: 'Interest', cell: (c) => label(c.getValue()) }),
  column.accessor('quadrant', { header: 'Quadrant', cell: (c) => label(c.getValue()) }),
  column.accessor('currentEngagement', { header: 'Engagement', cell: (c) => label(c.getValue()) }),
  column.accessor('desiredEngagement', { header: 'Desired', cell: (c) => label(c.getValue()) }),
  column.accessor('engagementGap', { header: 'Gap', cell: (c) => c.getValue() ?? '—' }),
];

const SORTS: { value: RegisterQuestion['sort']; text: string }[] = [
  { value: 'name,asc', text: 'Name, A to Z' },
  { value: 'name,desc', text: 'Name, Z to A' },
  { value: 'engagementGap,desc', text: 'Largest engagement gap first' },
  { value: 'engagementGap,asc', text: 'Smallest engagement gap first' },
];

/** Adding or editing: which form is open (a stakeholder's, with the version read, or a new one). */
type Editing = { kind: 'new' } | { kind: 'edit'; stakeholder: Stakeholder } | null;

/**
 * The register, filtered, sorted and paged by stakeholder-service (a program's register can be long), with adding
 * and editing for those the service lets change it.
 */
export function Register({ scope, rights, siteNames }: { scope: Scope; rights: RegisterRights; siteNames: Map<string, string> }) {
  const [question, setQuestion] = useState<RegisterQuestion>({ sort: 'name,asc', page: 0, size: 20 });
  const [editing, setEditing] = useState<Editing>(null);
  const register = useRegister(scope, question);
  const { save } = useStakeholderChanges(scope);
  const change = (patch: Partial<RegisterQuestion>) => setQuestion((q) => ({ ...q, page: 0, ...patch }));
  const open = (next: Editing) => { save.reset(); setEditing(next); };
  const data = register.data;
  const columns = [
    ...COLUMNS,
    column.display({
      id: 'edit',
      header: () => <span className="visually-hidden">Actions</span>,
      cell: (c) => rights.edit(c.row.original) && (
        <button type="button" onClick={() => open({ kind: 'edit', stakeholder: c.row.original })}
          aria-label={`Edit ${c.row.original.name}`}>Edit</button>
      ),
    }),
  ];
  const mayAdd = rights.sites.length > 0;
  const table = useReactTable({
    data: data?.stakeholders ?? [],
    columns: mayAdd || (data?.stakeholders ?? []).some(rights.edit) ? columns : COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
  });
  return (
    <section aria-labelledby="register-title" className="panel">
      <h2 id="register-title">Register</h2>
      {editing ? (
        <StakeholderEditor key={editing.kind === 'edit' ? editing.stakeholder.id : 'new'} scope={scope}
          stakeholder={editing.kind === 'edit' ? editing.stakeholder : undefined}
          sites={rights.sites.map((id) => ({ id, name: siteNames.get(id) ?? id }))}
          pending={save.isPending} error={save.error}
          onSave={(form, id) => save.mutate({ form, id }, { onSuccess: () => setEditing(null) })}
          onCancel={() => setEditing(null)}
          onReload={() => { setEditing(null); save.reset(); void register.refetch(); }} />
      ) : mayAdd && (
        <p><button type="button" onClick={() => open({ kind: 'new' })}>Add a stakeholder</button></p>
      )}
      <div className="filters">
        <label>
          Quadrant
          <select value={question.quadrant ?? ''} onChange={(e) => change({ quadrant: (e.target.value || undefined) as Quadrant | undefined })}>
            <option value="">Any</option>
            {QUADRANTS.map((q) => <option key={q} value={q}>{label(q)}</option>)}
          </select>
        </label>
        <label>
          Role group
          <select value={question.roleGroup ?? ''} onChange={(e) => change({ roleGroup: (e.target.value || undefined) as RoleGroup | undefined })}>
            <option value="">Any</option>
            {ROLE_GROUPS.map((g) => <option key={g} value={g}>{label(g)}</option>)}
          </select>
        </label>
        <label>
          Engagement gap at least
          <select value={question.minGap ?? 0} onChange={(e) => change({ minGap: Number(e.target.value) || undefined })}>
            {[0, 1, 2, 3].map((gap) => <option key={gap} value={gap}>{gap === 0 ? 'Any' : `${gap} level${gap > 1 ? 's' : ''}`}</option>)}
          </select>
        </label>
        <label>
          Sort
          <select value={question.sort} onChange={(e) => change({ sort: e.target.value as RegisterQuestion['sort'] })}>
            {SORTS.map((s) => <option key={s.value} value={s.value}>{s.text}</option>)}
          </select>
        </label>
      </div>
      {register.isPending && <p role="status">Loading the register…</p>}
      {register.isError && <p role="alert">The register could not be loaded: {register.error.message}</p>}
      {data && (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Register">
            <table className="register">
              <caption>
                {data.total} stakeholder{data.total === 1 ? '' : 's'} (★ champion)
              </caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => (
                      <th key={header.id} scope="col">{flexRender(header.column.columnDef.header, header.getContext())}</th>
                    ))}
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
              </tbody>
            </table>
          </div>
          <Pager page={data.page ?? 0} totalPages={data.totalPages ?? 0} onPage={(page) => setQuestion((q) => ({ ...q, page }))} what="register" />
        </>
      )}
    </section>
  );
}

/** Previous / next over a server's pages. */
export function Pager({ page, totalPages, onPage, what }: { page: number; totalPages: number; onPage: (page: number) => void; what: string }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label={`Pages of the ${what}`}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span>
        Page {page + 1} of {totalPages}
      </span>
      <button type="button" disabled={page + 1 >= totalPages} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
