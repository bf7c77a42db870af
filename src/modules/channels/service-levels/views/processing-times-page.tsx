import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { formatCount, formatPercent } from '../../views/format.ts';
import type { ProcessingTimeRow, ProcessingTimes } from '../public-report.service.ts';

const columns = (): Array<Column<ProcessingTimeRow>> => [
  { header: t('channels.processingTimes.caseType'), rowHeader: true, text: (row) => row.name[currentLocale()] },
  {
    header: t('channels.processingTimes.published'),
    text: (row) => t(`channels.processingTimes.${row.unit}`, { amount: row.amount }),
  },
  { header: t('channels.processingTimes.due'), numeric: true, text: (row) => formatCount(row.hit + row.missed) },
  {
    header: t('channels.processingTimes.kept'),
    numeric: true,
    text: (row) => (row.compliance === null ? t('channels.processingTimes.none') : formatPercent(row.compliance)),
  },
];

/** For everyone: the published processing time per case type and how well it was kept last quarter. */
export function ProcessingTimesPage({ report }: { report: ProcessingTimes }) {
  const quarter = t('channels.processingTimes.quarter', {
    quarter: report.quarter.quarter,
    year: report.quarter.year,
  });
  return (
    <LeadPage title={t('channels.processingTimes.title')} lead={t('channels.processingTimes.lead', { quarter })}>
      <DataTable
        caption={t('channels.processingTimes.caption')}
        rows={report.rows}
        columns={columns()}
        empty={t('channels.processingTimes.none.cases')}
      />
      <p>{t('channels.processingTimes.law')}</p>
    </LeadPage>
  );
}
