import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { MemoDetails } from '../memo/memo-details.ts';

const yesNo = (value: boolean) => t(value ? 'post.memo.yes' : 'post.memo.no');
const when = (value: string | undefined) => (value ? formatDateTime(new Date(value)) : undefined);

/** What a letter that arrived as MeMo carries beyond subject, body and attachments (nothing for other letters). */
export function MemoFacts({ memo }: { memo: MemoDetails | undefined }) {
  if (!memo) return <></>;
  const kle =
    memo.kle &&
    `${memo.kle.subjectKey} ${memo.kle.label}${memo.kle.activityFacet ? ` (${memo.kle.activityFacet})` : ''}`;
  return (
    <section class="mt-5">
      <h2 class="h4">{t('post.memo.facts')}</h2>
      <SummaryList
        caption={t('post.memo.facts')}
        items={[
          !!memo.caseReference && {
            label: t('post.memo.caseReference'),
            text: t('post.memo.caseIn', { ...memo.caseReference! }),
          },
          { label: t('post.memo.kle'), text: kle },
          { label: t('post.memo.replyBy'), text: when(memo.replyByDateTime) },
          !!memo.doNotDeliverUntilDate && {
            label: t('post.memo.deliverAfter'),
            text: formatDate(new Date(`${memo.doNotDeliverUntilDate!}T12:00:00Z`)),
          },
          { label: t('post.memo.mandatory'), text: yesNo(memo.mandatory) },
          { label: t('post.memo.legalNotification'), text: yesNo(memo.legalNotification) },
          { label: t('post.memo.postType'), text: memo.postType },
        ]}
      />
      {memo.actions.length > 0 ? (
        <>
          <h3 class="h5">{t('post.memo.actions')}</h3>
          <ul>
            {memo.actions.map((action) => (
              <li>
                {action.url && /^https?:\/\//i.test(action.url) ? (
                  <a href={action.url} rel="noopener noreferrer" safe>
                    {action.label}
                  </a>
                ) : (
                  <span safe>{action.label}</span>
                )}
                {action.reservation ? (
                  <span safe>
                    {`: ${t('post.memo.reservation', {
                      description: action.reservation.description,
                      location: action.reservation.location,
                      start: formatDateTime(new Date(action.reservation.startDateTime)),
                      end: formatDateTime(new Date(action.reservation.endDateTime)),
                    })}`}
                  </span>
                ) : (
                  ''
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {memo.keptFiles.length > 0 ? (
        <>
          <h3 class="h5">{t('post.memo.keptFiles')}</h3>
          <p class="form-hint">{t('post.memo.keptFilesHint')}</p>
          <ul>
            {memo.keptFiles.map((file) => (
              <li safe>{t('post.memo.keptFile', { filename: file.filename, document: file.document })}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </section>
  );
}
