import { lazy, Suspense, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { readRunbook, type RunbookStep } from '../../api/cutover';
import { readRollout } from '../../api/planning';
import { byDay, clock, nowInWindow, owners, running, whenLabel } from './runbook';
import '../plan/plan.css';
import './cutover.css';

const RunbookChart = lazy(() => import('./RunbookChart'));

const KIND: Record<NonNullable<RunbookStep['kind']>, string> = { TASK: 'Task', CHECKPOINT: 'Go/no-go checkpoint', DOWNTIME: 'Downtime' };
const STATUS: Record<NonNullable<RunbookStep['status']>, string> = { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', DONE: 'Done' };

/** The time now, again every minute: the now-line moves during the cutover. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** `/rollouts/:id/cutover`: the go-live weekend by the hour, from planning's runbook. */
export default function CutoverView() {
  const { id = '' } = useParams();
  const rollout = useQuery({ queryKey: ['rollout', id], queryFn: () => readRollout(id) });
  const runbook = useQuery({ queryKey: ['cutover', id], queryFn: () => readRunbook(id) });
  const now = useNow();

  if (runbook.isPending || rollout.isPending) return <p role="status">Loading the runbook…</p>;
  if (runbook.isError || rollout.isError) return <p role="alert" className="error">{(runbook.error ?? rollout.error)?.message}</p>;
  const site = rollout.data.siteName;
  const back = <p><Link to={`/rollouts/${id}/plan`}>Site plan</Link></p>;
  if (runbook.data === null) return <>{back}<h1>Cutover runbook: {site}</h1><p>This site has no plan yet, so no runbook.</p></>;
  const book = runbook.data;
  const goLive = book.goLiveDate ?? '';
  const current = nowInWindow(book, now);
  return (
    <div className="cutover">
      {back}
      <h1>Cutover runbook: {site}</h1>
      <p className="plan-summary">
        Go-live <strong>{goLive}</strong> · window {whenLabel(book.window?.from ?? '', goLive)} to {whenLabel(book.window?.to ?? '', goLive)} ·{' '}
        {book.steps?.length ?? 0} steps, {book.checkpoints?.length ?? 0} checkpoints, {book.downtime?.length ?? 0} downtime windows · site's local time
      </p>
      {current ? (
        <p role="status" className="now-note">Now {whenLabel(localIso(current), goLive)}: the cutover is under way.</p>
      ) : null}
      {(book.steps?.length ?? 0) === 0 ? (
        <p>The plan has no task between GL-2 and GL+3.</p>
      ) : (
        <>
          <ul className="plan-legend" aria-label="Legend">
            <li className="legend-task">Step</li>
            <li className="legend-critical">Critical path</li>
            <li className="legend-checkpoint">Go/no-go checkpoint</li>
            <li className="legend-downtime">Downtime (shaded)</li>
            <li className="legend-go-live">Go-live</li>
            {current && <li className="legend-now">Now</li>}
          </ul>
          <Suspense fallback={<p role="status">Loading the chart…</p>}>
            <RunbookChart runbook={book} now={current} label={`The cutover of ${site} by the hour, GL-2 to GL+3`} />
          </Suspense>
          <StepTable days={byDay(book)} goLive={goLive} now={current} />
        </>
      )}
    </div>
  );
}

function StepTable({ days, goLive, now }: { days: ReturnType<typeof byDay>; goLive: string; now: Date | null }) {
  return (
    <div className="table-scroll" role="region" aria-label="Runbook steps" tabIndex={0}>
      <table className="runbook">
        <caption>Runbook steps by start time (owners from the plan's RACI)</caption>
        <thead>
          <tr>
            <th scope="col">Start</th>
            <th scope="col">Finish</th>
            <th scope="col">Step</th>
            <th scope="col">Kind</th>
            <th scope="col">Owners</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        {days.map(({ day, steps }) => (
          <tbody key={day}>
            <tr className="runbook-day">
              <th scope="rowgroup" colSpan={6}>{day}</th>
            </tr>
            {steps.map((step) => (
              <tr key={step.taskId} className={`kind-${(step.kind ?? 'TASK').toLowerCase()}${running(step, now) ? ' running' : ''}`}>
                <td>{clock(new Date(step.start ?? ''))}</td>
                <td>{whenLabel(step.finish ?? '', goLive)}</td>
                <th scope="row">
                  {step.title}
                  {step.critical && <small> · critical</small>}
                  {running(step, now) && <small> · running now</small>}
                </th>
                <td>{KIND[step.kind ?? 'TASK']}</td>
                <td>{owners(step)}</td>
                <td>{STATUS[step.status ?? 'NOT_STARTED']}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** A local date-time as planning writes one ("2027-09-06T02:13:00"). */
function localIso(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}:00`;
}
