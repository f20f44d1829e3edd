import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  useBudgetActions,
  useBudgetDetail,
  useBudgetRollUp,
  useBudgetThresholds,
  useProgramImpact,
  useProgramThresholds,
  useRolloutBudgets,
  useSitePlan,
  useThresholdChange,
} from '../../api/budget';
import { useRoles } from '../useRoles';
import { BudgetWorkflow } from './BudgetWorkflow';
import { ForecastTable, LinesTable, ThresholdTable } from './BudgetTables';
import { ChangeRequests } from './ChangeRequests';
import { ErpImport } from './ErpImport';
import { ProgramImpactPanel, SiteImpact } from './FiscalImpact';
import { budgetActions, mayReadBudgets } from './permissions';
import { ProgramRollUp } from './ProgramRollUp';
import { ThresholdsPanel } from './ThresholdsPanel';
import { money } from './phasing';
import '../sites/pages.css';
import './budget.css';

const PhasingChart = lazy(() => import('./PhasingChart'));

/** A site's budgets (one per fiscal year), the chosen one in full, and the fiscal impact of the site and its program. */
export default function BudgetView() {
  const rolloutId = useParams().id ?? '';
  const roles = useRoles();
  const [search, setSearch] = useSearchParams();
  const budgets = useRolloutBudgets(rolloutId);
  const budgetId = search.get('budget') ?? budgets.data?.goLiveBudgetId ?? budgets.data?.budgets?.[0]?.id;
  const detail = useBudgetDetail(budgetId);
  const plan = useSitePlan(rolloutId);
  const budget = detail.data?.budget;
  const may = budgetActions(roles, budget?.status);
  const program = useProgramImpact(budget?.programId, may.readProgram);
  const actions = useBudgetActions(rolloutId, budgetId ?? '');
  const thresholds = useBudgetThresholds(budgetId);
  const programThresholds = useProgramThresholds(budget?.programId, may.readProgram);
  const rollUp = useBudgetRollUp(budget?.programId, budget?.fiscalYear, may.readProgram);
  const thresholdChange = useThresholdChange();

  if (!mayReadBudgets(roles)) {
    return <p role="alert">Your role sees no budgets.</p>;
  }
  return (
    <section aria-labelledby="budget-title" className="budget-view">
      <h1 id="budget-title">Budget{budgets.data?.siteName ? `: ${budgets.data.siteName}` : ''}</h1>
      <p>
        <Link to="/budget">All sites</Link>
      </p>
      {budgets.isPending && <p role="status">Loading the budgets…</p>}
      {budgets.isError && <p role="alert">The budgets could not be loaded: {budgets.error.message}</p>}
      {budgets.data && (
        <div className="filters">
          <label>
            Fiscal year
            <select value={budgetId ?? ''} onChange={(e) => setSearch({ budget: e.target.value }, { replace: true })}>
              {(budgets.data.budgets ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  FY{b.fiscalYear} — {b.status?.toLowerCase()} — {money(b.total)}
                  {b.id === budgets.data.goLiveBudgetId ? ' (go-live year)' : ''}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {detail.isError && <p role="alert">The budget could not be loaded: {detail.error.message}</p>}
      {detail.data && budget && (
        <>
          <p className="as-of">
            FY{budget.fiscalYear}, {budget.siteType?.toLowerCase().replaceAll('_', ' ')}, go-live {budget.goLiveDate}; total{' '}
            <strong>{money(budget.total)}</strong>
          </p>
          <BudgetWorkflow
            budget={budget}
            may={may}
            pending={actions.workflow.isPending}
            error={actions.workflow.error}
            onAction={(action) => actions.workflow.mutate(action)}
            onReload={() => {
              actions.workflow.reset();
              void detail.refetch();
            }}
          />
          <h2>Lines by category and month</h2>
          <LinesTable lines={budget.lines ?? []} currency={budget.currency} />
          <h2>Phasing</h2>
          <Suspense fallback={<p role="status">Loading the chart…</p>}>
            <PhasingChart
              lines={budget.lines ?? []}
              forecast={detail.data.forecast}
              label={`Planned spend per month by category, and actual spend, FY${budget.fiscalYear}`}
            />
          </Suspense>
          <h2>Forecast and variance</h2>
          <ForecastTable forecast={detail.data.forecast} />
          <h2>Thresholds</h2>
          <ThresholdTable spend={detail.data.spend} thresholds={thresholds.data?.percents} />
          {thresholds.data && (
            <ThresholdsPanel
              thresholds={thresholds.data}
              program={programThresholds.data}
              maySet={may.setThresholds}
              onChange={(change) => thresholdChange.mutate(change)}
              pending={thresholdChange.isPending}
              error={thresholdChange.error}
            />
          )}
          <ChangeRequests
            budget={budget}
            changes={detail.data.changes}
            may={may}
            onRequest={(draft) => actions.requestChange.mutate(draft)}
            onDecide={(decision) => actions.decideChange.mutate(decision)}
            pending={actions.requestChange.isPending || actions.decideChange.isPending}
            error={actions.requestChange.error ?? actions.decideChange.error}
          />
          {may.importErp && (
            <ErpImport
              onImport={(input) => actions.importErp.mutate(input)}
              pending={actions.importErp.isPending}
              error={actions.importErp.error}
              report={actions.importErp.data}
            />
          )}
        </>
      )}
      {rollUp.data && budget?.fiscalYear !== undefined && <ProgramRollUp rollUp={rollUp.data} fiscalYear={budget.fiscalYear} />}
      {rollUp.isError && <p role="alert">The program’s budget roll-up could not be loaded: {rollUp.error.message}</p>}
      <SiteImpact plan={plan.data} />
      {program.data && <ProgramImpactPanel impact={program.data} />}
      {program.isError && <p role="alert">The program's fiscal impact could not be loaded: {program.error.message}</p>}
    </section>
  );
}
