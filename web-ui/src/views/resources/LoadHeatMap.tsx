// Capacity against demand as an ECharts heat map: a row per resource, a column per ISO week, the colour the share
// of capacity asked for (over 100 %: over-allocated). Loaded with the resources view only.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Capacity } from '../../api/resources';
import { heatCells, rowLabel } from './load';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, AriaComponent, CanvasRenderer]);

const ROW = 28;

export function heatMapOption(capacity: Capacity) {
  const weeks = capacity.weeks ?? [];
  const rows = (capacity.resources ?? []).map(rowLabel);
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 16, top: 48, bottom: 56, containLabel: true },
    tooltip: {
      formatter: (item: { value: [number, number, number, number, number] }) => {
        const [week, row, percent, demand, supply] = item.value;
        return `${rows[row]}<br/>${weeks[week]}: ${demand} h asked of ${supply} h (${percent >= 200 ? 'over 200' : percent} %)`;
      },
    },
    xAxis: { type: 'category', data: weeks, splitArea: { show: true }, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: rows, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      top: 0,
      left: 'center',
      pieces: [
        { min: 0, max: 80, label: 'up to 80 %', color: '#d1e7dd' },
        { gt: 80, lte: 100, label: '80–100 %', color: '#ffbf47' },
        { gt: 100, label: 'over capacity', color: '#b3261e' },
      ],
    },
    series: [{ name: 'Share of capacity', type: 'heatmap', data: heatCells(capacity), emphasis: { itemStyle: { borderColor: '#1a1a1a', borderWidth: 1 } } }],
  };
}

export default function LoadHeatMap({ capacity, label }: { capacity: Capacity; label: string }) {
  return (
    <div role="img" aria-label={label} className="load-heat-map">
      <ReactEChartsCore echarts={echarts} option={heatMapOption(capacity)} style={{ height: (capacity.resources?.length ?? 0) * ROW + 120 }} notMerge />
    </div>
  );
}
