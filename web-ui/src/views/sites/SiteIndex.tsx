import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/http';
import type { components } from '../../api/generated/tracking';
import './pages.css';

type Portfolio = components['schemas']['Portfolio'];

/** The sites the user may read, each linking to one of its pages (tracking's portfolio, one call). */
export function SiteIndex({ title, page }: { title: string; page: 'budget' | 'readiness' }) {
  const portfolio = useQuery({
    queryKey: ['site-index'],
    queryFn: () => api<Portfolio>('/tracking/portfolio?size=500&sort=siteName,asc'),
  });
  return (
    <section aria-labelledby="sites-title">
      <h1 id="sites-title">{title}</h1>
      {portfolio.isPending && <p role="status">Loading the sites…</p>}
      {portfolio.isError && <p role="alert">The sites could not be loaded: {portfolio.error.message}</p>}
      {portfolio.data && (
        <ul className="site-list">
          {(portfolio.data.rollouts ?? []).map((rollout) => (
            <li key={rollout.rolloutId}>
              <Link to={`/rollouts/${rollout.rolloutId}/${page}`}>{rollout.siteName}</Link> <small>{rollout.waveName}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
