import { t } from '#platform/i18n/i18n.ts';
import type { ChartData } from '#platform/views/chart.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { formatCount, formatPercent } from '../../views/format.ts';
import type { ComplianceRow, Status } from '../compliance.ts';
import { deadlineText, metricName, serviceName, targetChannelName, targetLabel } from './target-text.ts';

const badges: Record<Status, string> = {
  green: 'badge badge-success',
  amber: 'badge badge-warning',
  red: 'badge badge-error',
  none: 'badge',
};

/** The status in words (never colour alone) on a DKFDS badge of its colour. */
export const StatusBadge = ({ status }: { status: Status }) => (
  <span class={badges[status]} safe>
    {t(`channels.serviceLevels.status.${status}`)}
  </span>
);

const columns = (): Array<Column<ComplianceRow>> => [
  { header: t('channels.serviceLevels.metric'), rowHeader: true, text: (row) => metricName(row.key) },
  { header: t('channels.serviceLevels.service'), text: (row) => serviceName(row.key) },
  { header: t('channels.serviceLevels.channel'), text: (row) => targetChannelName(row.key) },
  { header: t('channels.serviceLevels.deadline'), text: (row) => deadlineText(row.target) },
  { header: t('channels.serviceLevels.target'), numeric: true, text: (row) => formatPercent(row.target.targetPercent) },
  { header: t('channels.serviceLevels.compliance'), numeric: true, text: (row) => formatPercent(row.compliance) },
  { header: t('channels.serviceLevels.hit'), numeric: true, text: (row) => formatCount(row.hit) },
  { header: t('channels.serviceLevels.missed'), numeric: true, text: (row) => formatCount(row.missed) },
  { header: t('channels.serviceLevels.open'), numeric: true, text: (row) => formatCount(row.open) },
  {
    header: t('channels.serviceLevels.meanDays'),
    numeric: true,
    text: (row) => (row.meanWorkingDays === null ? '–' : formatCount(row.meanWorkingDays)),
  },
  { header: t('channels.serviceLevels.status'), cell: (row) => <StatusBadge status={row.status} /> },
];

/** Compliance per target, worst first. */
export function ComplianceTable({ rows }: { rows: ComplianceRow[] }) {
  return (
    <DataTable
      caption={t('channels.serviceLevels.caption')}
      rows={rows}
      columns={columns()}
      empty={t('channels.serviceLevels.none')}
    />
  );
}

/** The chart: per target with items due, the share kept beside the target in force. */
export function complianceChart(rows: readonly ComplianceRow[]): ChartData {
  const shown = rows.filter((row) => row.compliance !== null);
  return {
    title: t('channels.serviceLevels.chart'),
    categoryLabel: t('channels.serviceLevels.target'),
    categories: shown.map((row) => targetLabel(row.key)),
    series: [
      { name: t('channels.serviceLevels.compliance'), values: shown.map((row) => row.compliance ?? 0) },
      { name: t('channels.serviceLevels.target'), values: shown.map((row) => row.target.targetPercent) },
    ],
  };
}
