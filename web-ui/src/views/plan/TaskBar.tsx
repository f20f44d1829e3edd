import type { IApi, ITask } from '@svar-ui/react-gantt';
import { baselineBar, type GanttTask, type TimeScale } from './planModel';

/**
 * What SVAR's Gantt draws inside a task's bar while a baseline is shown (its `taskTemplate`): the task's text, as the
 * Gantt draws it by default, and the baseline's bar just under the task's bar, measured on the Gantt's own time scale.
 * SVAR draws bars only for the rows in view, and so only their baselines are drawn.
 */
export function TaskBar({ data, api }: { data: ITask; api: IApi }) {
  const state = api.getState();
  const scale = state._scales ? ({ ...state._scales, cellWidth: state.cellWidth } as unknown as TimeScale) : null;
  const task = data as GanttTask & { $x: number };
  const bar = scale && baselineBar(task, scale);
  const milestone = data.type === 'milestone';
  return (
    <>
      <div className={milestone ? 'wx-text-out' : 'wx-content'}>{data.text ?? ''}</div>
      {bar && (
        <div className={milestone ? 'plan-baseline plan-baseline-milestone' : 'plan-baseline'} data-baseline-of={String(data.id)}
          style={{ left: `${bar.left}px`, width: milestone ? undefined : `${bar.width}px` }} />
      )}
    </>
  );
}
