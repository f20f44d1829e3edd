import { lazy, Suspense } from 'react';
import type { BudgetRollUp, RollUpAmounts } from '../../api/budget';
import { categoryLabel, money } from './phasing';
import { envelopeUse, FIGURES, waveLabel } from './rollup';

const RollUpChart = lazy(() => import('./RollUpChart'));

const percent = (value: number | null) => (value === null ? '' : ` (${value.toFixed(1)} % of the envelope)`);

function AmountCells({ amounts, currency }: { amounts: RollUpAmounts | undefined; currency: string }) {
  return (
    <>
      <td className="num">{money(amounts?.planned, currency)}</td>
      {FIGURES.map(([key]) => (
        <td key={key} className="num">{money(amounts?.[key], currency)}</td>
      ))}
      <td className="num">{money(amounts?.variance, currency)}</td>
    </>
  );
}

function AmountHeads({ first }: { first: string }) {
  return (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col" className="num">Planned</th>
      {FIGURES.map(([key, label]) => (
        <th key={key} scope="col" className="num">{label}</th>
      ))}
      <th scope="col" className="num">Variance</th>
    </tr>
  );
}

/** The program's envelope for the fiscal year against its approved, committed and actual spend, and the waves' roll-up. */
export function ProgramRollUp({ rollUp, fiscalYear }: { rollUp: BudgetRollUp; fiscalYear: number }) {
  const currency = rollUp.currency ?? '';
  const use = envelopeUse(rollUp, fiscalYear);
  const categories = Object.entries(rollUp.program?.categories ?? {});
  return (
    <section aria-labelledby="rollup-title" className="panel">
      <h2 id="rollup-title">The program’s budgets, FY{fiscalYear}</h2>
      <dl className="figures">
        <div><dt>Envelope</dt><dd>{use.amount === null ? 'not set' : money(use.amount, currency)}</dd></div>
        <div><dt>Allocated by approvals</dt><dd>{money(use.allocated, currency)}{percent(use.percent.allocated)}</dd></div>
        <div><dt>Committed</dt><dd>{money(use.committed, currency)}{percent(use.percent.committed)}</dd></div>
        <div><dt>Actual</dt><dd>{money(use.actual, currency)}{percent(use.percent.actual)}</dd></div>
        <div><dt>Remaining</dt><dd>{use.remaining === null ? '—' : money(use.remaining, currency)}</dd></div>
      </dl>
      <Suspense fallback={<p role="status">Loading the chart…</p>}>
        <RollUpChart rollUp={rollUp} label={`Approved, committed, actual and forecast per wave and for the program, FY${fiscalYear}`} />
      </Suspense>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Roll-up by wave">
        <table>
          <caption>By wave (committed: still open on purchase orders; variance: planned minus forecast)</caption>
          <thead>
            <AmountHeads first="Wave" />
          </thead>
          <tbody>
            {(rollUp.waves ?? []).map((wave) => (
              <tr key={wave.waveId ?? 'none'}>
                <th scope="row">{waveLabel(wave)} ({wave.sites} {wave.sites === 1 ? 'site' : 'sites'})</th>
                <AmountCells amounts={wave.figures?.total} currency={currency} />
              </tr>
            ))}
            <tr>
              <th scope="row">Program</th>
              <AmountCells amounts={rollUp.program?.total} currency={currency} />
            </tr>
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="The program by category">
        <table>
          <caption>The program by category</caption>
          <thead>
            <AmountHeads first="Category" />
          </thead>
          <tbody>
            {categories.map(([category, amounts]) => (
              <tr key={category}>
                <th scope="row">{categoryLabel(category)}</th>
                <AmountCells amounts={amounts} currency={currency} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
