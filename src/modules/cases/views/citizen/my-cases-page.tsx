import { formatDate, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { linkColumn } from '#platform/views/link-column.tsx';
import type { OwnCaseSummary } from '#modules/cases/cases.types.ts';
import { eventText, localized } from '../case-format.tsx';

export const processingText = (item: Pick<OwnCaseSummary, 'expectedProcessingDays' | 'expectedProcessingUnit'>) =>
  item.expectedProcessingDays === null
    ? t('cases.my.processingUnknown')
    : t(
        item.expectedProcessingUnit === 'calendar_days'
          ? 'cases.my.processingCalendarDays'
          : 'cases.my.processingWorkingDays',
        { days: item.expectedProcessingDays },
      );

/** The columns of the list. */
function ownCaseColumns(): Array<Column<OwnCaseSummary>> {
  return [
    linkColumn(
      t('cases.my.case'),
      (item) => `/my/cases/${item.id}`,
      (item) => `${localized(item.caseTypeName)} (${item.reference})`,
    ),
    {
      header: t('cases.my.state'),
      // the state in plain words already says when we wait for the applicant: no tag repeating it
      cell: (item) =>
        item.waitingForYou ? (
          <strong safe>{localized(item.stateLabel)}</strong>
        ) : (
          <span safe>{localized(item.stateLabel)}</span>
        ),
    },
    {
      header: t('cases.my.processing'),
      text: (item) => (item.closed ? t('cases.my.closed') : processingText(item)),
    },
    {
      header: t('cases.my.deadline'),
      text: (item) => (item.deadline && !item.closed ? formatDate(item.deadline) : '–'),
    },
    {
      header: t('cases.my.latest'),
      text: (item) =>
        item.latestEvent ? `${eventText(item.latestEvent, 'party')} (${formatDate(item.latestEvent.occurredAt)})` : '–',
    },
  ];
}

/** "My cases": the citizen's (or the business's) cases with state in plain words, processing time, deadline and latest event. */
export function MyCasesPage({ cases, business }: { cases: OwnCaseSummary[]; business: boolean }) {
  return (
    <Page title={t('cases.my.title')} backLink={{ href: '/my', label: 'common.back' }}>
      <h1>{t('cases.my.title')}</h1>
      <p class="font-lead">{business ? t('cases.my.leadBusiness') : t('cases.my.lead')}</p>
      <DataTable
        caption={t('cases.my.title')}
        captionHidden
        rows={cases}
        empty={t('cases.my.none')}
        columns={ownCaseColumns()}
      />
    </Page>
  );
}
