import { describe, expect, it } from 'vitest';
import type { Runbook } from '../../api/cutover';
import { byDay, goLiveDay, nowInWindow, owners, running, whenLabel } from './runbook';
import { runbookChartOption } from './RunbookChart';

const step = (taskId: string, start: string, finish: string, more: object = {}) => ({ taskId, title: taskId, start, finish, kind: 'TASK' as const, ...more });
const downtime = step('downtime-window', '2027-09-05T22:00:00', '2027-09-06T06:00:00', { kind: 'DOWNTIME' });
const goNoGo = step('go-no-go-call', '2027-09-06T05:30:00', '2027-09-06T05:30:00', { kind: 'CHECKPOINT', accountable: 'Executive Sponsor' });
const runbook: Runbook = {
  goLiveDate: '2027-09-06',
  window: { from: '2027-09-04T00:00:00', to: '2027-09-09T00:00:00' },
  steps: [
    step('cutover-briefing', '2027-09-05T18:00:00', '2027-09-05T19:00:00', { responsible: ['Command Center Lead'], accountable: 'Project Manager' }),
    downtime,
    step('conversion-load', '2027-09-06T02:00:00', '2027-09-06T04:00:00', { critical: true }),
    goNoGo,
  ],
  checkpoints: [goNoGo],
  downtime: [downtime],
};

describe('the cutover runbook', () => {
  it('counts days from go-live and labels times as the cutover team says them', () => {
    expect(goLiveDay(new Date(2027, 8, 5, 18), '2027-09-06')).toBe('GL-1');
    expect(goLiveDay(new Date(2027, 8, 6, 2), '2027-09-06')).toBe('GL');
    expect(goLiveDay(new Date(2027, 8, 8, 7), '2027-09-06')).toBe('GL+2');
    expect(whenLabel('2027-09-05T18:00:00', '2027-09-06')).toBe('GL-1 18:00');
    expect(whenLabel('2027-09-06T05:30:00', '2027-09-06')).toBe('GL 05:30');
  });

  it('groups steps by the day they start on, in order', () => {
    const days = byDay(runbook);

    expect(days.map((d) => d.day)).toEqual([expect.stringMatching(/^GL-1 · Sun 5 Sep/), expect.stringMatching(/^GL · Mon 6 Sep/)]);
    expect(days[0].steps.map((s) => s.taskId)).toEqual(['cutover-briefing', 'downtime-window']);
    expect(days[1].steps.map((s) => s.taskId)).toEqual(['conversion-load', 'go-no-go-call']);
  });

  it('draws a now-line only inside the window, and knows which step runs now', () => {
    const during = new Date(2027, 8, 6, 3, 15);
    expect(nowInWindow(runbook, during)).toBe(during);
    expect(nowInWindow(runbook, new Date(2027, 8, 3, 23, 59))).toBeNull();
    expect(nowInWindow(runbook, new Date(2027, 8, 9, 0, 0))).toBeNull();
    expect(running(runbook.steps![2], during)).toBe(true);
    expect(running(runbook.steps![0], during)).toBe(false);
    expect(running(goNoGo, new Date(2027, 8, 6, 5, 30))).toBe(false);
  });

  it('names the responsible owners and the accountable one when it is someone else', () => {
    expect(owners(runbook.steps![0])).toBe('Command Center Lead (accountable: Project Manager)');
    expect(owners(goNoGo)).toBe('Accountable: Executive Sponsor');
    expect(owners({ responsible: ['A'], accountable: 'A' })).toBe('A');
    expect(owners({})).toBe('—');
  });

  it('charts a bar per step on the window by the hour, downtime shaded, checkpoints as diamonds, now and go-live marked', () => {
    const now = new Date(2027, 8, 6, 3, 15);
    const option = runbookChartOption(runbook, now);
    const [bars, checkpoints] = option.series;

    expect(option.xAxis).toMatchObject({ type: 'time', min: new Date(2027, 8, 4).getTime(), max: new Date(2027, 8, 9).getTime() });
    expect(option.yAxis.data).toEqual(['cutover-briefing', 'downtime-window', 'conversion-load', 'go-no-go-call']);
    expect(bars.data[2]).toEqual([2, new Date(2027, 8, 6, 2).getTime(), new Date(2027, 8, 6, 4).getTime(), 1]);
    expect(bars.markArea!.data).toEqual([[{ xAxis: new Date(2027, 8, 5, 22).getTime() }, { xAxis: new Date(2027, 8, 6, 6).getTime() }]]);
    expect(bars.markLine!.data).toEqual([
      expect.objectContaining({ name: 'Go-live', xAxis: new Date(2027, 8, 6).getTime() }),
      expect.objectContaining({ name: 'Now', xAxis: now.getTime() }),
    ]);
    expect(checkpoints).toMatchObject({ type: 'scatter', symbol: 'diamond', data: [[new Date(2027, 8, 6, 5, 30).getTime(), 3]] });
    expect(runbookChartOption(runbook, null).series[0].markLine!.data).toHaveLength(1);
  });
});
