// Apache ECharts, only the parts this chart uses, so the chunk stays small (loaded with the wave view only).
// The package's ES module build: its CommonJS lib/ default export reaches a Vite 8 bundle as an object.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { PortfolioRow } from '../api/portfolio';

echarts.use([ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

/** The chart's option: sites on a days-to-go-live axis, readiness and percent complete on 0–100. */
export function waveChartOption(sites: readonly PortfolioRow[]) {
  const point = (site: PortfolioRow, value: number | null) =>
    value === null ? null : { value: [site.daysToGoLive, value], name: site.siteName };
  return {
    aria: { enabled: true },
    animation: false,
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; name: string; value: number[] }) =>
        `${p.name}<br/>${p.seriesName}: ${p.value[1].toFixed(1)}<br/>${p.value[0]} days to go-live`,
    },
    grid: { left: 56, right: 24, top: 40, bottom: 48 },
    xAxis: { type: 'value', name: 'Days to go-live', nameLocation: 'middle', nameGap: 30, inverse: true },
    yAxis: { type: 'value', min: 0, max: 100, name: 'Score / %' },
    series: [
      { name: 'Readiness', type: 'scatter', symbolSize: 14, data: sites.map((s) => point(s, s.readiness)).filter(Boolean) },
      {
        name: '% complete',
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 14,
        data: sites.map((s) => point(s, s.percentComplete)).filter(Boolean),
      },
    ],
  };
}

export default function WaveChart({ sites, label }: { sites: readonly PortfolioRow[]; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={waveChartOption(sites)} style={{ height: 360 }} notMerge />
    </div>
  );
}
