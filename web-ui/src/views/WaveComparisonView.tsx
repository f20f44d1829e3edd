import { useState } from 'react';
import { usePortfolio } from '../api/portfolio';
import { daysToGoLive, plain } from './format';
import { HealthBadge } from './HealthBadge';
import { useRoles } from './useRoles';
import WaveChart from './WaveChart';

/** The sites of one wave side by side on a days-to-go-live axis: readiness and percent complete. */
export default function WaveComparisonView() {
  const portfolio = usePortfolio(useRoles());
  const [chosen, setChosen] = useState<string>('');
  const waves = portfolio.data?.waves ?? [];
  const waveId = chosen || waves[0]?.waveId || '';
  const wave = waves.find((candidate) => candidate.waveId === waveId);
  const sites = (portfolio.data?.rows ?? [])
    .filter((row) => row.waveId === waveId)
    .sort((a, b) => b.daysToGoLive - a.daysToGoLive);
  return (
    <section aria-labelledby="waves-title">
      <h1 id="waves-title">Wave comparison</h1>
      {portfolio.isPending && <p role="status">Loading the waves…</p>}
      {portfolio.isError && <p role="alert">The waves could not be loaded: {portfolio.error.message}</p>}
      {portfolio.data && (
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
          </div>
          <WaveChart
            sites={sites}
            label={`${wave?.name ?? 'Wave'}: readiness and percent complete of ${sites.length} sites by days to go-live`}
          />
          <div className="table-scroll">
            <table>
              <caption>{wave?.name} sites</caption>
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
