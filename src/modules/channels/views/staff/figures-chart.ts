import { t } from '#platform/i18n/i18n.ts';
import type { ChartData } from '#platform/views/chart.tsx';
import type { FiguresReport } from '../../figures.service.ts';
import { purposeName } from '../../purpose.ts';
import { channelName } from '../format.ts';

export const purposeLabel = (row: FiguresReport['purposes'][number]): string =>
  row.purpose ? purposeName(row.purpose) : t('channels.figures.unclassified');

/** The chart: contacts per purpose (the ten largest), one series per channel used. */
export function figuresChart(report: FiguresReport): ChartData {
  const shown = report.purposes.slice(0, 10);
  const used = [...new Set(shown.flatMap((row) => row.channels.filter((c) => c.count > 0).map((c) => c.channel)))];
  return {
    title: t('channels.figures.chart'),
    categoryLabel: t('channels.figures.purpose'),
    categories: shown.map(purposeLabel),
    series: used.map((channel) => ({
      name: channelName(channel),
      values: shown.map((row) => row.channels.find((c) => c.channel === channel)?.count ?? 0),
    })),
  };
}
