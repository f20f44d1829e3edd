// Apache ECharts, only the parts this chart uses (the stakeholders route's own chunk).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Stakeholder } from '../../api/stakeholders';
import { gridChartOption } from './stakeholders';

echarts.use([ScatterChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, GraphicComponent, AriaComponent, CanvasRenderer]);

export default function GridChart({ stakeholders, label }: { stakeholders: readonly Stakeholder[]; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={gridChartOption(stakeholders)} style={{ height: 420 }} notMerge />
    </div>
  );
}
