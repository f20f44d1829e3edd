// The runbook on a time axis by the hour: a bar per step (critical ones red), a diamond per checkpoint, downtime
// windows shaded, the go-live midnight and, during the window, now marked. ECharts' custom series draws the bars.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { CustomChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import type { Runbook } from '../../api/cutover';
import { at, when, whenLabel } from './runbook';

echarts.use([CustomChart, ScatterChart, GridComponent, TooltipComponent, MarkAreaComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export const COLOURS = { task: '#1d5fbf', critical: '#b42318', checkpoint: '#6b21a8', downtime: 'rgba(107, 114, 128, 0.22)', now: '#b45309', goLive: '#027a48' };
const ROW = 30;

/** A bar from the step's start to its finish on its row. */
function bar(_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) {
  const start = api.coord([api.value(1), api.value(0)]);
  const end = api.coord([api.value(2), api.value(0)]);
  const height = ROW * 0.55;
  return {
    type: 'rect',
    shape: { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height },
    style: { fill: api.value(3) ? COLOURS.critical : COLOURS.task },
  };
}

/** The chart's option: rows top to bottom in runbook order, the x axis the window by the hour. */
export function runbookChartOption(runbook: Runbook, now: Date | null) {
  const steps = runbook.steps ?? [];
  const rows = steps.map((step) => step.title ?? step.taskId ?? '');
  const goLive = runbook.goLiveDate ?? '';
  const lines: object[] = [{ name: 'Go-live', xAxis: at(`${goLive}T00:00:00`).getTime(), lineStyle: { color: COLOURS.goLive, width: 2 } }];
  if (now) lines.push({ name: 'Now', xAxis: now.getTime(), lineStyle: { color: COLOURS.now, width: 2, type: 'solid' } });
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 24, top: 24, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (item: { dataIndex: number; seriesName: string }) => {
        const step = item.seriesName === 'Checkpoints' ? (runbook.checkpoints ?? [])[item.dataIndex] : steps[item.dataIndex];
        if (!step) return '';
        return `${step.title}<br/>${whenLabel(step.start ?? '', goLive)} – ${whenLabel(step.finish ?? '', goLive)}`;
      },
    },
    xAxis: {
      type: 'time',
      min: at(runbook.window?.from ?? '').getTime(),
      max: at(runbook.window?.to ?? '').getTime(),
      minInterval: 3_600_000,
      axisLabel: { formatter: (value: number) => when(new Date(value), goLive), hideOverlap: true },
      splitLine: { show: true },
    },
    yAxis: { type: 'category', data: rows, inverse: true, axisLabel: { width: 190, overflow: 'truncate' } },
    series: [
      {
        name: 'Steps',
        type: 'custom',
        renderItem: bar,
        encode: { x: [1, 2], y: 0 },
        data: steps.map((step, row) => [row, at(step.start ?? '').getTime(), at(step.finish ?? '').getTime(), step.critical ? 1 : 0]),
        markArea: {
          silent: true,
          itemStyle: { color: COLOURS.downtime },
          label: { show: true, position: 'insideTop', color: '#374151', formatter: 'Downtime' },
          data: (runbook.downtime ?? []).map((step) => [{ xAxis: at(step.start ?? '').getTime() }, { xAxis: at(step.finish ?? '').getTime() }]),
        },
        markLine: { silent: true, symbol: 'none', label: { formatter: '{b}' }, data: lines },
      },
      {
        name: 'Checkpoints',
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 16,
        itemStyle: { color: COLOURS.checkpoint },
        data: (runbook.checkpoints ?? []).map((step) => [at(step.start ?? '').getTime(), steps.indexOf(steps.find((s) => s.taskId === step.taskId)!)]),
      },
    ],
  };
}

/** The chart's height: a row per step. */
export const chartHeight = (runbook: Runbook) => (runbook.steps?.length ?? 0) * ROW + 80;

export default function RunbookChart({ runbook, now, label }: { runbook: Runbook; now: Date | null; label: string }) {
  return (
    <div role="img" aria-label={label} className="runbook-chart">
      <ReactEChartsCore echarts={echarts} option={runbookChartOption(runbook, now)} style={{ height: chartHeight(runbook) }} notMerge />
    </div>
  );
}
