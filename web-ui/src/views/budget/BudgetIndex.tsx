import { SiteIndex } from '../sites/SiteIndex';
import { useRoles } from '../useRoles';
import { mayReadBudgets } from './permissions';

/** The sites whose budgets the user may open. */
export default function BudgetIndex() {
  const roles = useRoles();
  if (!mayReadBudgets(roles)) return <p role="alert">Your role sees no budgets.</p>;
  return <SiteIndex title="Budgets" page="budget" />;
}
