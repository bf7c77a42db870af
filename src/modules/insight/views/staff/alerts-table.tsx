import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import type { KeyFigure } from '../../key-figure.ts';
import { formatIn } from '../format.ts';

export interface AlertRow {
  day: string;
  value: number;
  raisedAt: Date;
  clearedAt: Date | null;
  comparison: 'below' | 'above';
  threshold: number;
  dimensionKey: string;
}

/** The alerts raised for a figure: the day, its value, the rule, and whether it is back to normal. */
export function AlertsTable({ figure, alerts }: { figure: KeyFigure; alerts: AlertRow[] }) {
  return (
    <DataTable
      caption={t('insight.alerts.title')}
      captionHidden
      rows={alerts}
      empty={t('insight.alerts.none')}
      columns={[
        { header: t('insight.alerts.day'), rowHeader: true, text: (row) => formatDay(row.day) },
        { header: t('insight.targets.cell'), text: (row) => row.dimensionKey || t('insight.figure.whole') },
        { header: t('insight.figure.value'), numeric: true, text: (row) => formatIn(figure.unit, row.value) },
        {
          header: t('insight.alerts.rule'),
          text: (row) =>
            t(`insight.alerts.rule.${row.comparison}`, { threshold: formatIn(figure.unit, row.threshold) }),
        },
        {
          header: t('insight.alerts.cleared'),
          text: (row) => (row.clearedAt ? formatDateTime(row.clearedAt) : t('insight.alerts.open')),
        },
      ]}
    />
  );
}
