import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useReadiness, useVote, type Scorecard, type Training } from '../../api/readiness';
import { useUser } from '../../api/session';
import { Checkpoints } from './Checkpoints';
import { domainLabel } from './readiness';
import '../sites/pages.css';

const TrendChart = lazy(() => import('./TrendChart'));

/** A site's go-live readiness: scorecard by domain, go/no-go checkpoints, training, weekly status reports and trends. */
export default function ReadinessView() {
  const rolloutId = useParams().id ?? '';
  const username = useUser().data?.username ?? '';
  const readiness = useReadiness(rolloutId);
  const vote = useVote(rolloutId);
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
          {data.scorecard ? <ScorecardPanel scorecard={data.scorecard} /> : <p>No scorecard yet: the site's plan is not instantiated.</p>}
          {data.scorecard && (
            <Checkpoints
              checkpoints={data.scorecard.checkpoints ?? []}
              username={username}
              onVote={(input) => vote.mutate(input)}
              pending={vote.isPending}
              error={vote.error ? vote.error.message : null}
            />
          )}
          {data.training && <TrainingPanel training={data.training} />}
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
            <div className="table-scroll">
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

function ScorecardPanel({ scorecard }: { scorecard: Scorecard }) {
  const criteria = scorecard.criteria ?? [];
  return (
    <section aria-labelledby="scorecard-title" className="panel">
      <h2 id="scorecard-title">Scorecard</h2>
      <dl className="figures">
        <div><dt>Score</dt><dd>{scorecard.score ?? '—'}</dd></div>
        <div><dt>Rating</dt><dd>{scorecard.rating?.toLowerCase().replace('_', ' ')}</dd></div>
        <div><dt>Critical gate</dt><dd>{scorecard.gated ? 'closed: critical criteria unmet' : 'open'}</dd></div>
        <div><dt>Go-live</dt><dd>{scorecard.goLiveDate}</dd></div>
      </dl>
      <div className="table-scroll">
        <table>
          <caption>By domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col" className="num">Met</th>
              <th scope="col" className="num">Criteria</th>
            </tr>
          </thead>
          <tbody>
            {(scorecard.domains ?? []).map((domain) => (
              <tr key={domain.domain}>
                <th scope="row">{domainLabel(domain.domain)}</th>
                <td className="num">{domain.met}</td>
                <td className="num">{domain.criteria}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>Every criterion ({criteria.length})</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Criteria</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Domain</th>
                <th scope="col">Criticality</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Attainment</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <td className="wrap">{criterion.name}</td>
                  <td>{domainLabel(criterion.domain)}</td>
                  <td>{criterion.criticality?.toLowerCase()}</td>
                  <td>{criterion.status?.toLowerCase().replace('_', ' ')}</td>
                  <td className="num">{criterion.attainment ?? 0} %</td>
                  <td>{criterion.owner}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function TrainingPanel({ training }: { training: Training }) {
  const pct = (value: number | undefined) => (value === undefined || value === null ? '—' : `${value} %`);
  return (
    <section aria-labelledby="training-title" className="panel">
      <h2 id="training-title">Training</h2>
      <dl className="figures">
        <div><dt>Trained</dt><dd>{pct(training.trainedPercent)}</dd></div>
        <div><dt>Passed proficiency</dt><dd>{pct(training.proficiencyPercent)}</dd></div>
        <div><dt>Super users</dt><dd>{training.superUsers} of {training.superUsersNeeded} needed</dd></div>
        <div><dt>Shift coverage</dt><dd>{pct(training.shiftCoveragePercent)}</dd></div>
      </dl>
      <div className="table-scroll">
        <table>
          <caption>By role group</caption>
          <thead>
            <tr>
              <th scope="col">Role group</th>
              <th scope="col" className="num">To train</th>
              <th scope="col" className="num">Trained</th>
              <th scope="col" className="num">Passed proficiency</th>
              <th scope="col" className="num">Super users</th>
              <th scope="col" className="num">Shifts covered</th>
            </tr>
          </thead>
          <tbody>
            {(training.figures?.groups ?? []).map((group) => (
              <tr key={group.roleGroup}>
                <th scope="row">{group.roleGroup}</th>
                <td className="num">{group.usersToTrain}</td>
                <td className="num">{group.trained}</td>
                <td className="num">{group.passedProficiency}</td>
                <td className="num">{group.superUsers}</td>
                <td className="num">
                  {group.shiftsCovered} of {group.shiftsToCover}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
