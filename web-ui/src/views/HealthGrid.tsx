import type { PortfolioRow, Wave } from '../api/portfolio';
import { COLOUR_LABEL, daysToGoLive } from './format';

/** One line per wave (inside the portfolio's "Health by wave" section), one tile per site in go-live order, coloured and named by its overall health. */
export function HealthGrid({ rows, waves }: { rows: PortfolioRow[]; waves: Wave[] }) {
  return (
    <>
      {waves.map((wave) => {
        const sites = rows.filter((row) => row.waveId === wave.waveId).sort((a, b) => a.daysToGoLive - b.daysToGoLive);
        return (
          <div key={wave.waveId} className="wave-line">
            <h3>{wave.name}</h3>
            <ul aria-label={`${wave.name} sites`}>
              {sites.map((site) => (
                <li key={site.rolloutId} className={`tile health-${site.health.toLowerCase()}`}>
                  <span className="tile-site">{site.siteName}</span>
                  <span className="tile-health">{COLOUR_LABEL[site.health]}</span>
                  <span className="tile-days">{daysToGoLive(site.daysToGoLive)}</span>
                </li>
              ))}
              {sites.length === 0 && <li className="tile">No site</li>}
            </ul>
          </div>
        );
      })}
    </>
  );
}
