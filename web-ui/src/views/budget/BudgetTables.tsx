import type { Forecast, Line, Spend } from '../../api/budget';
import { byCategoryAndMonth, categoryLabel, money, spendRows, thresholdState } from './phasing';

const plainMoney = (value: number) => money(value);

/** The budget's lines added up by category, one column per month. */
export function LinesTable({ lines, currency }: { lines: readonly Line[]; currency?: string }) {
  const { months, rows } = byCategoryAndMonth(lines);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Planned by category and month">
      <table className="budget-lines">
        <caption>Planned by category and month ({currency})</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {months.map((month) => (
              <th scope="col" key={month} className="num">
                {month}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{categoryLabel(row.category)}</th>
              {row.amounts.map((amount, i) => (
                <td key={months[i]} className="num">
                  {amount ? plainMoney(amount) : ''}
                </td>
              ))}
              <td className="num">{plainMoney(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The estimate at completion and the variance (planned − estimate) by category and in total. */
export function ForecastTable({ forecast }: { forecast: Forecast }) {
  const categories = Object.entries(forecast.categories ?? {});
  const variance = Number(forecast.variance?.amount ?? 0);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Forecast: estimate at completion">
      <table>
        <caption>
          Forecast: estimate at completion {money(forecast.estimateAtCompletion)}, variance{' '}
          <span className={variance < 0 ? 'negative' : undefined}>{money(forecast.variance)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">Planned</th>
            <th scope="col" className="num">Actual</th>
            <th scope="col" className="num">Open commitments</th>
            <th scope="col" className="num">Estimate at completion</th>
            <th scope="col" className="num">Variance</th>
          </tr>
        </thead>
        <tbody>
          {categories.map(([category, line]) => (
            <tr key={category}>
              <th scope="row">{categoryLabel(category)}</th>
              <td className="num">{money(line.planned?.amount)}</td>
              <td className="num">{money(line.actual?.amount)}</td>
              <td className="num">{money(line.openCommitments?.amount)}</td>
              <td className="num">{money(line.estimateAtCompletion?.amount)}</td>
              <td className={`num${Number(line.variance?.amount) < 0 ? ' negative' : ''}`}>{money(line.variance?.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Under 90 %" below the lowest threshold, else the highest one reached ("Past 100 %" at or over approved). */
function stateLabel(row: { state: string; passed?: number }, thresholds: readonly number[]) {
  if (row.state === 'UNDER') return `Under ${thresholds[0] ?? 100} %`;
  return `Past ${row.state === 'OVER' ? Math.max(100, row.passed ?? 100) : row.passed} %`;
}

/** Spend (actual + open commitments) against approved, with the thresholds the service raises alerts at. */
export function ThresholdTable({ spend, thresholds = [90, 100] }: { spend: Spend; thresholds?: readonly number[] }) {
  const total = thresholdState(spend.total, thresholds);
  const rows = spendRows(spend, thresholds);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Spend against thresholds">
      <table>
        <caption>
          Spend against thresholds: {total.percent === null ? 'nothing approved yet' : `${total.percent.toFixed(1)} % of approved`}{' '}
          ({stateLabel(total, thresholds)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">Approved</th>
            <th scope="col" className="num">Actual</th>
            <th scope="col" className="num">Open commitments</th>
            <th scope="col" className="num">Exposure</th>
            <th scope="col" className="num">Of approved</th>
            <th scope="col">Threshold</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{categoryLabel(row.category)}</th>
              <td className="num">{money(row.position.approved?.amount)}</td>
              <td className="num">{money(row.position.actual?.amount)}</td>
              <td className="num">{money(row.position.openCommitments?.amount)}</td>
              <td className="num">{money(row.position.exposure?.amount)}</td>
              <td className="num">{row.percent === null ? '—' : `${row.percent.toFixed(1)} %`}</td>
              <td>
                <span className={`threshold threshold-${row.state.toLowerCase()}`}>{stateLabel(row, thresholds)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
