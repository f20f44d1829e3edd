import type { ImpactFigures, ProgramImpact, SitePlan } from '../../api/budget';
import { money } from './phasing';

/** A payback period; a figure set with no NPV has no plan behind it, so nothing is said. */
const years = (value: string | undefined, figures: ImpactFigures | undefined) => {
  if (!figures?.npv) return '—';
  return value === undefined || value === null || value === '' ? 'not within the horizon' : `${Number(value).toFixed(1)} years`;
};
const rate = (value: string | undefined) => (value ? `${(Number(value) * 100).toFixed(1)} %` : '—');

/** TCO over 1, 5 and 7 years, NPV, ROI and payback of a site, a wave or the program. */
function Figures({ figures }: { figures: ImpactFigures | undefined }) {
  const currency = figures?.currency ?? '';
  return (
    <dl className="figures">
      <div><dt>TCO 1 year</dt><dd>{money(figures?.tco1, currency)}</dd></div>
      <div><dt>TCO 5 years</dt><dd>{money(figures?.tco5, currency)}</dd></div>
      <div><dt>TCO 7 years</dt><dd>{money(figures?.tco7, currency)}</dd></div>
      <div><dt>NPV at {rate(figures?.discountRate)}</dt><dd>{money(figures?.npv, currency)}</dd></div>
      <div><dt>ROI</dt><dd>{figures?.roiPercent ? `${Number(figures.roiPercent).toFixed(1)} %` : '—'}</dd></div>
      <div><dt>Payback</dt><dd>{years(figures?.paybackYears, figures)}</dd></div>
      <div><dt>Discounted payback</dt><dd>{years(figures?.discountedPaybackYears, figures)}</dd></div>
    </dl>
  );
}

export function SiteImpact({ plan }: { plan: SitePlan | null | undefined }) {
  return (
    <section aria-labelledby="site-impact-title" className="panel">
      <h2 id="site-impact-title">Fiscal impact of the site</h2>
      {plan ? (
        <>
          <Figures figures={plan.impact} />
          <p className="hint">Approved budgets in total: {money(plan.approvedBudgetsTotal, plan.impact?.currency)}</p>
        </>
      ) : (
        <p>This site has no fiscal plan yet (finance or its project manager sets one).</p>
      )}
    </section>
  );
}

/** The program's impact: its total, then each wave and each site at one discount rate; sites with no plan listed. */
export function ProgramImpactPanel({ impact }: { impact: ProgramImpact }) {
  const currency = impact.currency ?? '';
  const row = (key: string, name: string | undefined, f: ImpactFigures | undefined) => (
    <tr key={key}>
      <th scope="row">{name}</th>
      <td className="num">{money(f?.tco5, currency)}</td>
      <td className="num">{money(f?.npv, currency)}</td>
      <td className="num">{f?.roiPercent ? `${Number(f.roiPercent).toFixed(1)} %` : '—'}</td>
      <td>{years(f?.paybackYears, f)}</td>
    </tr>
  );
  const head = (label: string) => (
    <thead>
      <tr>
        <th scope="col">{label}</th>
        <th scope="col">TCO 5 years</th>
        <th scope="col">NPV</th>
        <th scope="col">ROI</th>
        <th scope="col">Payback</th>
      </tr>
    </thead>
  );
  return (
    <section aria-labelledby="program-impact-title" className="panel">
      <h2 id="program-impact-title">Fiscal impact of the program</h2>
      <p className="hint">
        {impact.plannedSiteCount} of {impact.siteCount} sites have a fiscal plan; discount rate {rate(impact.discountRate)}.
      </p>
      {(impact.plannedSiteCount ?? 0) > 0 && (
        <>
          <Figures figures={impact.total} />
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Fiscal impact by wave">
            <table>
              <caption>By wave</caption>
              {head('Wave')}
              <tbody>{(impact.waves ?? []).map((w) => row(w.waveId ?? '', w.waveName, w.impact))}</tbody>
            </table>
          </div>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Fiscal impact by site">
            <table>
              <caption>By site</caption>
              {head('Site')}
              <tbody>{(impact.sites ?? []).map((s) => row(s.rolloutId ?? '', s.siteName, s.impact))}</tbody>
            </table>
          </div>
        </>
      )}
      {(impact.missing ?? []).length > 0 && (
        <p className="hint">Without a fiscal plan: {(impact.missing ?? []).map((m) => m.siteName).join(', ')}.</p>
      )}
    </section>
  );
}
