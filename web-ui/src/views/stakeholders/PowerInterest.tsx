import { lazy, Suspense } from 'react';
import { useEngagementGaps, useGrid, type Scope } from '../../api/stakeholders';
import { label, QUADRANTS, rated } from './stakeholders';

const GridChart = lazy(() => import('./GridChart'));

/** The power/interest grid (each stakeholder placed by influence and interest, coloured by engagement) and the gaps. */
export function PowerInterest({ scope }: { scope: Scope }) {
  const grid = useGrid(scope);
  const gaps = useEngagementGaps(scope);
  const placed = grid.data ? rated(grid.data) : [];
  return (
    <>
      <section aria-labelledby="grid-title" className="panel">
        <h2 id="grid-title">Power/interest grid</h2>
        {grid.isPending && <p role="status">Loading the grid…</p>}
        {grid.isError && <p role="alert">The grid could not be loaded: {grid.error.message}</p>}
        {grid.data && (
          <>
            <dl className="figures">
              {QUADRANTS.map((quadrant) => (
                <div key={quadrant}>
                  <dt>{label(quadrant)}</dt>
                  <dd>{grid.data.counts?.[quadrant] ?? 0}</dd>
                </div>
              ))}
              <div><dt>Not rated</dt><dd>{grid.data.unratedCount ?? 0}</dd></div>
              <div><dt>With an engagement gap</dt><dd>{grid.data.withEngagementGap ?? 0}</dd></div>
            </dl>
            {placed.length > 0 ? (
              <Suspense fallback={<p role="status">Loading the chart…</p>}>
                <GridChart
                  stakeholders={placed}
                  label={`Power/interest grid of ${placed.length} rated stakeholders, coloured by current engagement; the register below lists the same people`}
                />
              </Suspense>
            ) : (
              <p>No stakeholder is rated for influence and interest yet.</p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="gaps-title" className="panel">
        <h2 id="gaps-title">Engagement gaps</h2>
        {gaps.isError && <p role="alert">The engagement gaps could not be loaded: {gaps.error.message}</p>}
        {gaps.data && (gaps.data.stakeholders ?? []).length === 0 && <p>Everyone is as engaged as the plan needs.</p>}
        {gaps.data && (gaps.data.stakeholders ?? []).length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Engagement gaps">
            <table>
              <caption>
                {gaps.data.total} still to engage, largest gap first{(gaps.data.total ?? 0) > 20 ? ' (the first 20)' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Stakeholder</th>
                  <th scope="col">Role group</th>
                  <th scope="col">Quadrant</th>
                  <th scope="col">Current</th>
                  <th scope="col">Desired</th>
                  <th scope="col" className="num">Levels to climb</th>
                </tr>
              </thead>
              <tbody>
                {(gaps.data.stakeholders ?? []).map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    <td>{label(s.roleGroup)}</td>
                    <td>{label(s.quadrant)}</td>
                    <td>{label(s.currentEngagement)}</td>
                    <td>{label(s.desiredEngagement)}</td>
                    <td className="num">{s.engagementGap}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
