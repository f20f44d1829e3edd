import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/http';
import type { components } from '../../api/generated/tracking';
import { useRoles } from '../useRoles';
import { mayReadBudgets } from './permissions';

type Portfolio = components['schemas']['Portfolio'];

/** The sites whose budgets the user may open, by wave (tracking's portfolio, one call). */
export default function BudgetIndex() {
  const roles = useRoles();
  const portfolio = useQuery({
    queryKey: ['budget-index'],
    queryFn: () => api<Portfolio>('/tracking/portfolio?size=500&sort=siteName,asc'),
  });
  if (!mayReadBudgets(roles)) return <p role="alert">Your role sees no budgets.</p>;
  const rollouts = portfolio.data?.rollouts ?? [];
  return (
    <section aria-labelledby="budgets-title">
      <h1 id="budgets-title">Budgets</h1>
      {portfolio.isPending && <p role="status">Loading the sites…</p>}
      {portfolio.isError && <p role="alert">The sites could not be loaded: {portfolio.error.message}</p>}
      {portfolio.data && (
        <ul className="site-list">
          {rollouts.map((rollout) => (
            <li key={rollout.rolloutId}>
              <Link to={`/rollouts/${rollout.rolloutId}/budget`}>{rollout.siteName}</Link> <small>{rollout.waveName}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
