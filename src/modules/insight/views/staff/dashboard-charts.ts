import { t } from '#platform/i18n/i18n.ts';
import type { ChartData } from '#platform/views/chart.tsx';
import type { Breakdown } from '../../dashboard.service.ts';
import { dimensionValueText } from '../format.ts';

/** A figure's cells of one dimension as a bar chart (suppressed cells count as 0 in the picture and say "< 5" in the table). */
export function breakdownChart(title: string, series: string, breakdown: Breakdown): ChartData {
  return {
    title,
    categoryLabel: t(`insight.dimension.${breakdown.dimension}`),
    categories: breakdown.cells.map((cell) => dimensionValueText(breakdown.dimension, cell)),
    series: [
      {
        name: series,
        values: breakdown.cells.map((cell) => (cell.tile.suppressed ? 0 : (cell.tile.value.value ?? 0))),
      },
    ],
  };
}
