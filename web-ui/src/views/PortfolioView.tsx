import { useDeferredValue, useEffect, useRef, useState } from 'react';
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

/**
 * The health grid shows every rollout (1,000 tiles in a large program): it loads only once its place comes into
 * view, and draws in the background (a deferred value), so the table's first page and a click on it never wait for it.
 */
function EveryWave() {
  const place = useRef<HTMLElement>(null);
  const inView = useInView(place);
  const every = useEveryRollout(inView);
  const shown = useDeferredValue(every.data);
  return (
    <section ref={place} aria-labelledby="health-grid" className="health-grid">
      <h2 id="health-grid">Health by wave</h2>
      {every.isError ? (
        <p role="alert">The health grid could not be loaded: {every.error.message}</p>
      ) : shown ? (
        <HealthGrid rows={shown.rows} waves={shown.waves} />
      ) : (
        <p role="status">Loading the health grid…</p>
      )}
    </section>
  );
}

/** True once the element has come into view (at once where IntersectionObserver is missing). */
function useInView(element: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !element.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    });
    observer.observe(element.current);
    return () => observer.disconnect();
  }, [near, element]);
  return near;
}
