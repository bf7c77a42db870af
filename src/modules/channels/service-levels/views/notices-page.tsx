import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import type { NoticeView } from '../notice.service.ts';
import { serviceLevelPaths } from './paths.ts';

const columns = (): Array<Column<NoticeView>> => [
  { header: t('channels.notice.caseType'), rowHeader: true, text: (notice) => notice.caseType[currentLocale()] },
  { header: t('channels.notice.received'), text: (notice) => formatDay(notice.receivedDay) },
  { header: t('channels.notice.deadline'), text: (notice) => formatDay(notice.deadlineDay) },
  { header: t('channels.notice.daysLeft'), numeric: true, text: (notice) => notice.workingDaysLeft },
];

/** Caseworkers: their department's cases that will miss the published processing time, each with its letter. */
export function NoticesPage({ notices }: { notices: NoticeView[] }) {
  return (
    <LeadPage title={t('channels.notice.title')} lead={t('channels.notice.lead')} back="/staff">
      <DataTable
        caption={t('channels.notice.caption')}
        rows={notices}
        columns={columns()}
        empty={t('channels.notice.empty')}
        actions={(notice) => (
          <RowLink
            href={serviceLevelPaths.notice(notice.caseId)}
            label={t('channels.notice.write')}
            subject={`${notice.caseType[currentLocale()]} ${formatDay(notice.deadlineDay)}`}
          />
        )}
      />
    </LeadPage>
  );
}
