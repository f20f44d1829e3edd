// Apache ECharts, only the parts this chart uses (the budget route's own chunk).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Forecast, Line } from '../../api/budget';
import { phasingChartOption } from './phasing';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export default function PhasingChart({ lines, forecast, label }: { lines: readonly Line[]; forecast?: Forecast; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={phasingChartOption(lines, forecast)} style={{ height: 340 }} notMerge />
    </div>
  );
}
