import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useReadiness, useRolloutManager, useVote } from '../../api/readiness';
import { useUser } from '../../api/session';
import { Checkpoints } from './Checkpoints';
import { mayChangeReadiness } from './readiness';
import { ScorecardPanel } from './ScorecardPanel';
import { TrainingPanel } from './TrainingPanel';
import { useRoles } from '../useRoles';
import '../sites/pages.css';

const TrendChart = lazy(() => import('./TrendChart'));

/** A site's go-live readiness: scorecard by domain, go/no-go checkpoints, training, weekly status reports and trends. */
export default function ReadinessView() {
  const rolloutId = useParams().id ?? '';
  const username = useUser().data?.username ?? '';
  const readiness = useReadiness(rolloutId);
  const vote = useVote(rolloutId);
  const manager = useRolloutManager(rolloutId).data;
  const mayChange = mayChangeReadiness(useRoles(), username, manager);
  const data = readiness.data;
  const siteName = data?.reports.reports?.[0]?.siteName;
  return (
    <section aria-labelledby="readiness-title">
      <h1 id="readiness-title">Readiness{siteName ? `: ${siteName}` : ''}</h1>
      <p>
        <Link to="/readiness">All sites</Link>
      </p>
      {readiness.isPending && <p role="status">Loading the readiness…</p>}
      {readiness.isError && <p role="alert">The readiness could not be loaded: {readiness.error.message}</p>}
      {data && (
        <>
          {data.scorecard ? <ScorecardPanel scorecard={data.scorecard} mayChange={mayChange} /> : <p>No scorecard yet: the site's plan is not instantiated.</p>}
          {data.scorecard && (
            <Checkpoints
              checkpoints={data.scorecard.checkpoints ?? []}
              username={username}
              onVote={(input) => vote.mutate(input)}
              pending={vote.isPending}
              error={vote.error ? vote.error.message : null}
            />
          )}
          {data.scorecard && <TrainingPanel rolloutId={rolloutId} training={data.training} mayChange={mayChange} />}
          <section aria-labelledby="reports-title" className="panel">
            <h2 id="reports-title">Weekly status reports</h2>
            {(data.trends.points ?? []).length > 0 ? (
              <Suspense fallback={<p role="status">Loading the chart…</p>}>
                <TrendChart
                  points={data.trends.points ?? []}
                  label={`Trends over ${(data.trends.points ?? []).length} published weeks: percent complete against planned, readiness score, SPI and CPI`}
                />
              </Suspense>
            ) : (
              <p>No published report yet, so no trend.</p>
            )}
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Weekly status reports">
              <table>
                <caption>Reports, latest week first</caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col">State</th>
                    <th scope="col">Health</th>
                    <th scope="col" className="num">% complete</th>
                    <th scope="col" className="num">Risks</th>
                    <th scope="col" className="num">Decisions</th>
                    <th scope="col">Published by</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.reports.reports ?? []).map((report) => (
                    <tr key={report.week}>
                      <td>{report.week}</td>
                      <td>{report.state === 'PUBLISHED' ? 'Published' : 'Draft'}</td>
                      <td>{report.overallHealth ?? '—'}</td>
                      <td className="num">{report.percentComplete ?? '—'}</td>
                      <td className="num">{report.risks}</td>
                      <td className="num">{report.decisions}</td>
                      <td>{report.publishedBy ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </section>
  );
}
