import { useState } from 'react';
import { FIRST_PAGE, useEveryRollout, usePortfolioPage } from '../api/portfolio';
import { mayReadCost } from '../api/roles';
import { HealthGrid } from './HealthGrid';
import { PortfolioTable } from './PortfolioTable';
import { useRoles } from './useRoles';

export default function PortfolioView() {
  const roles = useRoles();
  const [query, setQuery] = useState(FIRST_PAGE);
  const page = usePortfolioPage(query);
  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">Portfolio</h1>
      {page.isPending && <p role="status">Loading the portfolio…</p>}
      {page.isError && <p role="alert">The portfolio could not be loaded: {page.error.message}</p>}
      {page.data && (
        <>
          <p className="as-of">As of {page.data.asOf}</p>
          <PortfolioTable
            rows={page.data.rows}
            waves={page.data.waves}
            total={page.data.total}
            totalPages={page.data.totalPages}
            showCost={mayReadCost(roles)}
            query={query}
            onQueryChange={setQuery}
          />
          <EveryWave />
        </>
      )}
    </section>
  );
}

/** The health grid shows every rollout, so it loads on its own, after the table's page. */
function EveryWave() {
  const every = useEveryRollout();
  if (every.isPending) return <p role="status">Loading the health grid…</p>;
  if (every.isError) return <p role="alert">The health grid could not be loaded: {every.error.message}</p>;
  return <HealthGrid rows={every.data.rows} waves={every.data.waves} />;
}
