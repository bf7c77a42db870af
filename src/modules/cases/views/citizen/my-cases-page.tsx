import { formatDate, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
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

/** "My cases": the citizen's (or the business's) cases with state in plain words, processing time, deadline and latest event. */
export function MyCasesPage({ cases, business }: { cases: OwnCaseSummary[]; business: boolean }) {
  return (
    <Page title={t('cases.my.title')} backLink={{ href: '/my', label: 'common.back' }}>
      <h1>{t('cases.my.title')}</h1>
      <p class="font-lead">{business ? t('cases.my.leadBusiness') : t('cases.my.lead')}</p>
      {cases.length === 0 ? (
        <p>{t('cases.my.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{t('cases.my.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.my.case')}</th>
                <th scope="col">{t('cases.my.state')}</th>
                <th scope="col">{t('cases.my.processing')}</th>
                <th scope="col">{t('cases.my.deadline')}</th>
                <th scope="col">{t('cases.my.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((item) => (
                <tr>
                  <th scope="row">
                    <a href={`/my/cases/${item.id}`} safe>
                      {`${localized(item.caseTypeName)} (${item.reference})`}
                    </a>
                  </th>
                  <td>
                    <span safe>{localized(item.stateLabel)}</span>
                    {item.waitingForYou ? (
                      <span class="badge badge-small ml-2">{t('cases.my.waitingForYou')}</span>
                    ) : (
                      ''
                    )}
                  </td>
                  <td>{item.closed ? t('cases.my.closed') : processingText(item)}</td>
                  <td>{item.deadline && !item.closed ? formatDate(item.deadline) : '–'}</td>
                  <td safe>
                    {item.latestEvent
                      ? `${eventText(item.latestEvent, 'party')} (${formatDate(item.latestEvent.occurredAt)})`
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
