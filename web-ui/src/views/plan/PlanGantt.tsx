import { useEffect, useMemo, useRef } from 'react';
import { Gantt, Willow, type IApi } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import type { Baseline, Plan } from '../../api/planning';
import { baselineSpan, dayMark, ganttLinks, ganttTasks, isoDay, type GanttTask } from './planModel';
import { TaskBar } from './TaskBar';

export const SCALES = [
  { unit: 'month', step: 1, format: '%F %Y' },
  { unit: 'day', step: 1, format: '%j' },
];

const TASK_TYPES = [
  { id: 'task', label: 'Task' },
  { id: 'critical', label: 'Critical task' },
  { id: 'milestone', label: 'Milestone' },
];

const COLUMNS = [
  // No resize grips: the grid marks them up with an aria-label on a presentational element (axe: serious).
  { id: 'text', header: 'Task', flexgrow: 1, resize: false },
  { id: 'start', header: 'Start', width: 96, align: 'center' as const, resize: false },
  { id: 'baselineFinish', header: 'Baseline finish', width: 110, align: 'center' as const, resize: false },
  {
    resize: false,
    id: 'finishVariance',
    header: 'Variance (days)',
    width: 110,
    align: 'center' as const,
    template: (value: unknown) => (typeof value === 'number' ? (value > 0 ? `+${value}` : `${value}`) : ''),
  },
];

/** A day's width on the time scale and a row's height, in px. */
export const CELL_WIDTH = 22;
export const CELL_HEIGHT = 32;

/**
 * The plan as SVAR's Gantt (MIT edition): bars with progress, dependency links, critical tasks in their own colour,
 * today's and the go-live's day columns marked, baseline finish and variance in the grid and, when shown, the
 * baseline's bar under each task's bar. The MIT edition switches its own baselines off, so they are drawn by the task
 * template (`TaskBar`) on SVAR's time scale, for the rows in view only. Read-only: changes go through the task panel,
 * which carries the revision the service checks. Rows are virtualized by the component.
 */
export function PlanGantt({
  plan,
  baseline,
  showBaseline = true,
  selected,
  onSelect,
}: {
  plan: Plan;
  baseline: Baseline | null;
  showBaseline?: boolean;
  selected: string | null;
  onSelect: (taskId: string) => void;
}) {
  const api = useRef<IApi | null>(null);
  const tasks = useMemo<GanttTask[]>(() => ganttTasks(plan, baseline), [plan, baseline]);
  const baselineShown = showBaseline && baseline !== null;
  // The time scale reaches the baseline's dates too, so a bar earlier or later than every task still fits.
  const span = useMemo(() => (baselineShown ? baselineSpan(tasks) : {}), [baselineShown, tasks]);
  const links = useMemo(() => ganttLinks(plan), [plan]);
  const today = isoDay(new Date());
  // A task chosen outside the chart (the task list) is selected and scrolled into view in it.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (selected && selected !== shown.current) api.current?.exec('select-task', { id: selected, show: 'xy' as unknown as boolean });
  }, [selected]);
  const init = (gantt: IApi) => {
    api.current = gantt;
    gantt.on('select-task', (event: { id?: string | number }) => {
      if (event.id === undefined) return;
      shown.current = String(event.id);
      onSelect(String(event.id));
    });
  };
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => dropZeroRowIndexes(box.current), []);
  return (
    <div ref={box} className="plan-gantt" data-testid="plan-gantt" data-tasks={tasks.length} data-go-live={plan.goLiveDate}
      data-baseline={baselineShown ? baseline.name : undefined}>
      <Willow fonts={false}>
        <Gantt
          tasks={tasks}
          links={links}
          scales={SCALES}
          taskTypes={TASK_TYPES}
          columns={COLUMNS}
          cellWidth={CELL_WIDTH}
          cellHeight={CELL_HEIGHT}
          start={span.start}
          end={span.end}
          taskTemplate={baselineShown ? TaskBar : undefined}
          readonly
          init={init}
          highlightTime={(date, unit) => (unit === 'day' ? dayMark(date, today, plan.goLiveDate) : '')}
        />
      </Willow>
    </div>
  );
}

/**
 * The grid numbers its rows' aria-rowindex from 0, which ARIA forbids (it counts from 1; axe: critical). Rows are
 * drawn as they scroll into view, so the attribute is dropped whenever one appears; the rows stay a labelled grid.
 */
function dropZeroRowIndexes(root: HTMLElement | null): (() => void) | undefined {
  if (!root) return undefined;
  const drop = () => root.querySelectorAll('[role="row"][aria-rowindex]').forEach((row) => row.removeAttribute('aria-rowindex'));
  drop();
  const observer = new MutationObserver(drop);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-rowindex'] });
  return () => observer.disconnect();
}
