import * as echarts from 'echarts';
import { t } from '../i18n/i18n.ts';
import { DataTable } from './data-table.tsx';

/** One series of a chart: its name and one figure per category. */
export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartData {
  /** what the chart shows; the figure's caption and the accessible name of the picture */
  title: string;
  /** the header of the category column in the table ("Løsning", "Måned") */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
}

/**
 * A bar chart rendered to SVG on the server by Apache ECharts (`ssr: true`: no client JavaScript); empty when every
 * figure is zero. Exported for tests and exports; pages use `Chart`, which adds the table.
 */
export function barChartSvg(data: ChartData, width = 880, height = 380): string {
  const shown = data.categories
    .map((category, index) => ({ category, index }))
    .filter(({ index }) => data.series.some((series) => (series.values[index] ?? 0) > 0));
  if (shown.length === 0) return '';
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 110 },
      xAxis: {
        type: 'category',
        data: shown.map(({ category }) => category),
        axisLabel: { rotate: 30, interval: 0, width: 160, overflow: 'truncate' },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map((series) => ({
        name: series.name,
        type: 'bar',
        data: shown.map(({ index }) => series.values[index] ?? 0),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * A chart with the same figures as a table: the SVG picture (named by its title for screen readers) and, below it,
 * the figures in a `DataTable` behind a DKFDS details toggle. Nothing is drawn when there is nothing to show.
 */
export function Chart({ data, width, height }: { data: ChartData; width?: number; height?: number }) {
  const svg = barChartSvg(data, width, height);
  if (!svg) return '';
  const rows = data.categories.map((category, index) => ({ category, index }));
  return (
    <figure class="chart">
      <div role="img" aria-label={data.title}>
        {svg}
      </div>
      <figcaption class="form-hint" safe>
        {data.title}
      </figcaption>
      <details class="details">
        <summary class="details-summary">{t('chart.showTable')}</summary>
        <div class="details-text">
          <DataTable
            caption={data.title}
            rows={rows}
            columns={[
              { header: data.categoryLabel, rowHeader: true, text: (row) => row.category },
              ...data.series.map((series) => ({
                header: series.name,
                numeric: true,
                text: (row: { index: number }) => String(series.values[row.index] ?? 0),
              })),
            ]}
          />
        </div>
      </details>
    </figure>
  );
}
