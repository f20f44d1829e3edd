import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { readBaseline, readPlan, readRollout, type GoLiveMoved } from '../../api/planning';
import { useUser } from '../../api/session';
import { BaselinePanel } from './BaselinePanel';
import { CalendarPanel } from './CalendarPanel';
import { GoLivePanel } from './GoLivePanel';
import { PlanFiles } from './PlanFiles';
import { PlanGantt } from './PlanGantt';
import { latestBaseline, planRights } from './planModel';
import { TaskPanel } from './TaskPanel';
import './plan.css';

/**
 * A site's plan: the Gantt, a task's panel, the go-live, baselines, the site calendar and MS Project files, as the role
 * allows.
 */
export default function SitePlanView() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const user = useUser().data;
  const rollout = useQuery({ queryKey: ['rollout', id], queryFn: () => readRollout(id) });
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => readPlan(id) });
  const [selected, setSelected] = useState<string | null>(null);
  // Until someone chooses, the plan is compared with its latest baseline.
  const [chosenBaseline, setBaselineName] = useState<string | null>(null);
  const baselineName = chosenBaseline ?? (plan.data ? latestBaseline(plan.data) : '');
  const [showBaseline, setShowBaseline] = useState(true);
  const [lastMove, setLastMove] = useState<GoLiveMoved | null>(null);
  const baseline = useQuery({
    queryKey: ['plan', id, 'baseline', baselineName],
    queryFn: () => readBaseline(id, baselineName),
    enabled: baselineName !== '',
  });
  const reload = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['plan', id] }),
      client.invalidateQueries({ queryKey: ['rollout', id] }),
    ]);

  if (plan.isPending || rollout.isPending) return <p role="status">Loading the plan…</p>;
  if (plan.isError || rollout.isError) {
    return (
      <p role="alert" className="error">
        {(plan.error ?? rollout.error)?.message}
      </p>
    );
  }
  const rights = planRights(user?.roles ?? [], user?.username ?? '', rollout.data);
  const task = plan.data?.tasks?.find((t) => t.id === selected);
  return (
    <div className="site-plan">
      <p>
        <Link to="/portfolio">Portfolio</Link> · <Link to={`/rollouts/${id}/cutover`}>Cutover runbook</Link>
      </p>
      <h1>Site plan: {rollout.data.siteName}</h1>
      <p className="plan-summary">
        Go-live <strong>{rollout.data.goLiveDate}</strong>
        {plan.data && (
          <>
            {' '}
            · {plan.data.tasks?.length ?? 0} tasks · {plan.data.start} → {plan.data.finish} ·{' '}
            {plan.data.criticalPath?.length ?? 0} on the critical path
          </>
        )}
      </p>
      {plan.data && (
        <>
          <ul className="plan-legend" aria-label="Legend">
            <li className="legend-critical">Critical path</li>
            <li className="legend-task">Other tasks</li>
            <li className="legend-today">Today</li>
            <li className="legend-go-live">Go-live</li>
            {baselineName && showBaseline && <li className="legend-baseline">Baseline: {baselineName}</li>}
          </ul>
          <label className="baseline-toggle">
            <input type="checkbox" checked={showBaseline} disabled={!baselineName}
              onChange={(e) => setShowBaseline(e.target.checked)} />{' '}
            Show baseline
          </label>
          <div className="task-chooser">
            <label htmlFor="task-chooser">Task</label>{' '}
            <select id="task-chooser" value={selected ?? ''} onChange={(e) => setSelected(e.target.value || null)}>
              <option value="">Choose a task, or click its bar</option>
              {(plan.data.tasks ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.wbs} {t.title}
                </option>
              ))}
            </select>
          </div>
          <PlanGantt
            plan={plan.data}
            baseline={baselineName ? (baseline.data ?? null) : null}
            showBaseline={showBaseline}
            selected={selected}
            onSelect={setSelected}
          />
        </>
      )}
      <div className="plan-panels">
        {task && (
          <TaskPanel
            rolloutId={id}
            task={task}
            mayDefine={rights.edit}
            mayProgress={rights.progressOn(task)}
            onSaved={reload}
          />
        )}
        {plan.data && (
          <BaselinePanel
            rolloutId={id}
            plan={plan.data}
            chosen={baselineName}
            mayEdit={rights.edit}
            onChoose={setBaselineName}
            onSet={reload}
          />
        )}
        {rights.edit && plan.data && (
          <GoLivePanel
            key={rollout.data.goLiveDate}
            rolloutId={id}
            goLiveDate={rollout.data.goLiveDate ?? ''}
            version={plan.data.version ?? 0}
            moved={lastMove}
            titleOf={(taskId) => plan.data?.tasks?.find((t) => t.id === taskId)?.title ?? taskId}
            onMoved={(answer) => {
              setLastMove(answer);
              return reload();
            }}
          />
        )}
        {plan.data && (
          <CalendarPanel rolloutId={id} version={plan.data.version ?? 0} mayEdit={rights.edit} onSaved={reload} />
        )}
        <PlanFiles rolloutId={id} plan={plan.data} mayImport={rights.edit} onImported={reload} />
      </div>
    </div>
  );
}
