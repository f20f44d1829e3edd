import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  readCapacity,
  readPool,
  readProgramRollouts,
  readPrograms,
  RESOURCE_ROLES,
  roleName,
  type Capacity,
  type CapacityFilter,
  type ResourceRole,
  type Rollout,
} from '../../api/resources';
import { describe } from './load';
import './resources.css';

const LoadHeatMap = lazy(() => import('./LoadHeatMap'));

/**
 * `/resources`: a program's pool and its capacity against demand per ISO week across every rollout, with the
 * over-allocations named. Every role reads it (planning's access rules); changing the pool is the PMO's, by API.
 */
export default function ResourcesView() {
  const programs = useQuery({ queryKey: ['planning', 'programs'], queryFn: readPrograms });
  const [chosen, setChosen] = useState<string>();
  const [filter, setFilter] = useState<CapacityFilter>({});
  const programId = chosen ?? programs.data?.[0]?.id;
  if (programs.isPending) return <p role="status">Loading the programs…</p>;
  if (programs.isError) return <p role="alert" className="error">The programs could not be loaded: {programs.error.message}</p>;
  if (!programId) return <><h1>Resources</h1><p>No program yet.</p></>;
  const program = programs.data.find((p) => p.id === programId);
  return (
    <div className="resources">
      <h1>Resources: {program?.name}</h1>
      <div className="filters">
        {programs.data.length > 1 && (
          <label>
            Program
            <select value={programId} onChange={(e) => setChosen(e.target.value)}>
              {programs.data.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
        <label>
          Role
          <select value={filter.role ?? ''} onChange={(e) => setFilter({ ...filter, role: (e.target.value || undefined) as ResourceRole | undefined })}>
            <option value="">Every role</option>
            {RESOURCE_ROLES.map((role) => <option key={role} value={role}>{roleName(role)}</option>)}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={filter.overAllocatedOnly ?? false} onChange={(e) => setFilter({ ...filter, overAllocatedOnly: e.target.checked })} />
          Over-allocated only
        </label>
      </div>
      <CapacitySection key={programId} programId={programId} filter={filter} />
      <Pool programId={programId} />
    </div>
  );
}

function CapacitySection({ programId, filter }: { programId: string; filter: CapacityFilter }) {
  // The last answer stays on screen while another filter's is asked for.
  const capacity = useQuery({
    queryKey: ['capacity', programId, filter],
    queryFn: () => readCapacity(programId, filter),
    placeholderData: (previous) => previous,
  });
  const rollouts = useQuery({ queryKey: ['planning', 'rollouts', programId], queryFn: () => readProgramRollouts(programId) });
  if (capacity.isPending) return <p role="status">Loading capacity…</p>;
  if (capacity.isError) return <p role="alert" className="error">{capacity.error.message}</p>;
  const load = capacity.data;
  return (
    <>
      <OverAllocations capacity={load} rollouts={rollouts.data ?? []} />
      <h2>Capacity against demand by ISO week</h2>
      {(load.resources?.length ?? 0) === 0 ? (
        <p>No demand on the pool in these weeks.</p>
      ) : (
        <>
          <p className="as-of">
            {load.resources?.length} resources · {load.weeks?.[0]} to {load.weeks?.[load.weeks.length - 1]} · computed{' '}
            {load.computedAt ? new Date(load.computedAt).toLocaleString() : ''}
          </p>
          <Suspense fallback={<p role="status">Loading the heat map…</p>}>
            <LoadHeatMap capacity={load} label="Share of each resource's capacity asked for, per ISO week; red cells are over-allocated" />
          </Suspense>
        </>
      )}
    </>
  );
}

function OverAllocations({ capacity, rollouts }: { capacity: Capacity; rollouts: readonly Rollout[] }) {
  const over = capacity.overAllocations ?? [];
  const site = new Map(rollouts.map((r) => [r.id, r]));
  return (
    <section aria-labelledby="over-title">
      <h2 id="over-title">Over-allocations ({over.length})</h2>
      {over.length === 0 ? (
        <p>Nobody is asked for more than their capacity in these weeks.</p>
      ) : (
        <ul className="over-allocations">
          {over.map((o) => {
            const text = describe(o, rollouts);
            return (
              <li key={`${o.resourceId}-${o.week}`}>
                <strong>{text.who}</strong>, {text.when}: {text.load}
                <ul>
                  {(o.tasks ?? []).map((task, i) => (
                    <li key={`${task.rolloutId}-${task.taskId}`}>
                      {site.has(task.rolloutId) ? <Link to={`/rollouts/${task.rolloutId}/plan`}>{text.tasks[i]}</Link> : text.tasks[i]}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Pool({ programId }: { programId: string }) {
  const pool = useQuery({ queryKey: ['pool', programId], queryFn: () => readPool(programId) });
  if (pool.isPending) return <p role="status">Loading the pool…</p>;
  if (pool.isError) return <p role="alert" className="error">{pool.error.message}</p>;
  return (
    <section aria-labelledby="pool-title">
      <h2 id="pool-title">The pool ({pool.data.length})</h2>
      <div className="table-scroll" role="region" aria-label="The program's pool" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Role</th>
              <th scope="col">Skills</th>
              <th scope="col">Home site</th>
              <th scope="col">Hours a week</th>
            </tr>
          </thead>
          <tbody>
            {pool.data.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{r.kind === 'ROLE' ? 'Role (team)' : 'Person'}</td>
                <td>{roleName(r.role)}</td>
                <td>{(r.skills ?? []).join(', ')}</td>
                <td>{r.homeSite}</td>
                <td>{r.hoursPerWeek}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
