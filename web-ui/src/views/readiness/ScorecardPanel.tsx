import { useState } from 'react';
import { useReadinessChanges, type Criterion, type Scorecard } from '../../api/readiness';
import { domainLabel } from './readiness';
import { AssessCriterion } from './ReadinessForms';

/** The scorecard by domain and criterion; those who may assess get an action per criterion. */
export function ScorecardPanel({ scorecard, mayChange }: { scorecard: Scorecard; mayChange: boolean }) {
  const criteria = scorecard.criteria ?? [];
  const [assessing, setAssessing] = useState<Criterion | null>(null);
  const { assess } = useReadinessChanges(scorecard.rolloutId ?? '');
  return (
    <section aria-labelledby="scorecard-title" className="panel">
      <h2 id="scorecard-title">Scorecard</h2>
      <dl className="figures">
        <div><dt>Score</dt><dd>{scorecard.score ?? '—'}</dd></div>
        <div><dt>Rating</dt><dd>{scorecard.rating?.toLowerCase().replace('_', ' ')}</dd></div>
        <div><dt>Critical gate</dt><dd>{scorecard.gated ? 'closed: critical criteria unmet' : 'open'}</dd></div>
        <div><dt>Go-live</dt><dd>{scorecard.goLiveDate}</dd></div>
      </dl>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scorecard by domain">
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
      {assessing && (
        <AssessCriterion key={assessing.id} criterion={assessing} pending={assess.isPending} error={assess.error}
          onCancel={() => setAssessing(null)}
          onSubmit={(form) => assess.mutate({ criterionId: assessing.id ?? '', form }, { onSuccess: () => setAssessing(null) })} />
      )}
      <details open={mayChange || undefined}>
        <summary>Every criterion ({criteria.length})</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Criteria">
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
                <th scope="col">Last by</th>
                {mayChange && <th scope="col"><span className="visually-hidden">Actions</span></th>}
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
                  <td>{criterion.updatedBy ?? ''}</td>
                  {mayChange && (
                    <td>
                      <button type="button" aria-label={`Assess ${criterion.name}`}
                        onClick={() => { assess.reset(); setAssessing(criterion); }}>Assess</button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

