// Apache ECharts, only the parts this chart uses (the readiness route's own chunk).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { TrendPoint } from '../../api/readiness';
import { trendChartOption } from './readiness';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export default function TrendChart({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={trendChartOption(points)} style={{ height: 320 }} notMerge />
    </div>
  );
}
