// Apache ECharts, only the parts this chart uses, so the chunk stays small (loaded with the wave view only).
// The package's ES module build: its CommonJS lib/ default export reaches a Vite 8 bundle as an object.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { AXIS, type SiteSeries } from '../api/comparison';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export type Measure = 'readinessScore' | 'percentComplete';

export const MEASURE_LABEL: Record<Measure, string> = {
  readinessScore: 'Readiness score',
  percentComplete: '% complete',
};

/** The chart's option: one line per site over the T-minus days, the chosen figure on 0–100; gaps where none. */
export function waveChartOption(sites: readonly SiteSeries[], measure: Measure) {
  return {
    aria: { enabled: true },
    animation: false,
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 24, top: 40, bottom: 48 },
    xAxis: { type: 'value', name: 'Days to go-live', nameLocation: 'middle', nameGap: 30, inverse: true, min: AXIS.to, max: AXIS.from },
    // The value axis stays at the left edge: by default ECharts draws it where the days axis crosses 0 (go-live).
    yAxis: { type: 'value', min: 0, max: 100, name: MEASURE_LABEL[measure], axisLine: { show: true, onZero: false } },
    series: sites.map((site) => ({
      name: site.siteName ?? site.rolloutId,
      type: 'line',
      showSymbol: false,
      connectNulls: false,
      data: (site.points ?? []).map((point) => [point.daysToGoLive, point[measure] ?? null]),
    })),
  };
}

export default function WaveChart({ sites, measure, label }: { sites: readonly SiteSeries[]; measure: Measure; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={waveChartOption(sites, measure)} style={{ height: 360 }} notMerge />
    </div>
  );
}
