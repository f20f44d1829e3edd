// Apache ECharts, only the parts this chart uses (loaded with the roll-up, like the phasing chart).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { BudgetRollUp } from '../../api/budget';
import { rollUpChartOption } from './rollup';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export default function RollUpChart({ rollUp, label }: { rollUp: BudgetRollUp; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={rollUpChartOption(rollUp)} style={{ height: 300 }} notMerge />
    </div>
  );
}
