import { useState } from 'react';
import { useWaveComparison, AXIS } from '../api/comparison';
import { FIRST_PAGE, usePortfolioPage } from '../api/portfolio';
import { daysToGoLive, plain } from './format';
import { HealthBadge } from './HealthBadge';
import WaveChart, { MEASURE_LABEL, type Measure } from './WaveChart';

/** The sites of one wave side by side on a days-to-go-live axis: readiness and percent complete at each T-minus day. */
export default function WaveComparisonView() {
  const [chosen, setChosen] = useState<string>('');
  const [measure, setMeasure] = useState<Measure>('readinessScore');
  // The waves come with any page of the portfolio; the wave's sites (today's figures) are one page of it.
  const programs = usePortfolioPage({ ...FIRST_PAGE, size: 1 });
  const waves = programs.data?.waves ?? [];
  const waveId = chosen || waves[0]?.waveId || '';
  const wave = waves.find((candidate) => candidate.waveId === waveId);
  const today = usePortfolioPage({ ...FIRST_PAGE, waveId, size: 500, sort: { id: 'daysToGoLive', desc: true } }, waveId !== '');
  const comparison = useWaveComparison(waveId);
  const sites = today.data && waveId ? today.data.rows : [];
  const series = comparison.data?.sites ?? [];
  return (
    <section aria-labelledby="waves-title">
      <h1 id="waves-title">Wave comparison</h1>
      {programs.isPending && <p role="status">Loading the waves…</p>}
      {programs.isError && <p role="alert">The waves could not be loaded: {programs.error.message}</p>}
      {programs.data && waves.length === 0 && <p>No wave yet.</p>}
      {today.isError && <p role="alert">The wave's sites could not be loaded: {today.error.message}</p>}
      {comparison.isError && <p role="alert">The comparison could not be loaded: {comparison.error.message}</p>}
      {wave && (
        <>
          <div className="filters">
            <label>
              Wave
              <select value={waveId} onChange={(e) => setChosen(e.target.value)}>
                {waves.map((candidate) => (
                  <option key={candidate.waveId} value={candidate.waveId}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Figure
              <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
                {(Object.keys(MEASURE_LABEL) as Measure[]).map((key) => (
                  <option key={key} value={key}>
                    {MEASURE_LABEL[key]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {comparison.data && (
            <WaveChart
              sites={series}
              measure={measure}
              label={`${wave.name}: ${MEASURE_LABEL[measure].toLowerCase()} of ${series.length} sites from GL-${AXIS.from} to GL+${-AXIS.to}, by days to go-live`}
            />
          )}
          {/* Focusable: at 768 px the table can be wider than the screen and scrolls with the keyboard (axe). */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`${wave.name} sites today`}>
            <table>
              <caption>{wave.name} sites today</caption>
              <thead>
                <tr>
                  <th scope="col">Site</th>
                  <th scope="col">Go-live</th>
                  <th scope="col">Readiness</th>
                  <th scope="col">% complete</th>
                  <th scope="col">Health</th>
                </tr>
              </thead>
              <tbody>
                {sites.map((site) => (
                  <tr key={site.rolloutId}>
                    <td>{site.siteName}</td>
                    <td>{daysToGoLive(site.daysToGoLive)}</td>
                    <td>{plain(site.readiness)}</td>
                    <td>{plain(site.percentComplete, 1)}</td>
                    <td>
                      <HealthBadge colour={site.health} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
