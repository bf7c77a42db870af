import * as echarts from 'echarts';
import { t } from '#platform/i18n/i18n.ts';
import type { UsageReport } from '#modules/selfservice/usage.service.ts';
import { localized } from '../form-fields.tsx';

/** A bar chart of started, submitted and abandoned per solution, rendered to SVG on the server (no client JavaScript). */
export function usageChartSvg(report: UsageReport, width = 880, height = 380): string {
  const totals = report.totals.filter((total) => Object.values(total.counts).some((count) => count > 0));
  if (totals.length === 0) return '';
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 110 },
      xAxis: {
        type: 'category',
        data: totals.map((total) => localized(total.solutionName)),
        axisLabel: { rotate: 30, interval: 0, width: 160, overflow: 'truncate' },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['started', 'submitted', 'abandoned'] as const).map((event) => ({
        name: t(`selfservice.usage.event.${event}`),
        type: 'bar',
        data: totals.map((total) => total.counts[event]),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
