import { usePortfolio } from '../api/portfolio';
import { mayReadCost } from '../api/roles';
import { HealthGrid } from './HealthGrid';
import { PortfolioTable } from './PortfolioTable';
import { useRoles } from './useRoles';

export default function PortfolioView() {
  const roles = useRoles();
  const portfolio = usePortfolio(roles);
  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">Portfolio</h1>
      {portfolio.isPending && <p role="status">Loading the portfolio…</p>}
      {portfolio.isError && <p role="alert">The portfolio could not be loaded: {portfolio.error.message}</p>}
      {portfolio.data && (
        <>
          <p className="as-of">As of {portfolio.data.asOf}</p>
          <PortfolioTable rows={portfolio.data.rows} waves={portfolio.data.waves} showCost={mayReadCost(roles)} />
          <HealthGrid rows={portfolio.data.rows} waves={portfolio.data.waves} />
        </>
      )}
    </section>
  );
}
