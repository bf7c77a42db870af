import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import type { SubmissionView } from '#modules/selfservice/selfservice.service.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';

/** The receipt: case number, when it was sent, expected processing time, and where the receipt letter went. */
export function ReceiptPage({
  submission,
  audience,
}: {
  submission: SubmissionView;
  audience: 'citizen' | 'business';
}) {
  const processing = submission.deadline
    ? t('selfservice.receipt.deadline', { date: formatDate(submission.deadline) })
    : submission.expectedProcessingDays
      ? t('selfservice.receipt.processingDays', { days: submission.expectedProcessingDays })
      : t('selfservice.receipt.processingUnknown');
  const letter = {
    pending: 'selfservice.receipt.letterPending',
    sent: 'selfservice.receipt.letterSent',
    skipped: 'selfservice.receipt.letterSkipped',
  }[submission.receiptStatus];
  return (
    <Page title={t('selfservice.receipt.title')}>
      <Alert kind="success" heading={t('selfservice.receipt.title')}>
        <span safe>{t('selfservice.receipt.lead', { solution: localized(submission.solution.name) })}</span>
      </Alert>
      <h1>{t('selfservice.receipt.title')}</h1>
      <SummaryList
        items={[
          {
            label: t('selfservice.receipt.reference'),
            value: (
              <strong class="font-lead" safe>
                {submission.caseReference}
              </strong>
            ),
          },
          { label: t('selfservice.receipt.submittedAt'), text: formatDateTime(submission.submittedAt) },
          { label: t('selfservice.receipt.processing'), text: processing },
        ]}
      />
      <p>{t(letter)}</p>
      <p class="form-hint">{t('selfservice.receipt.print')}</p>
      <p>
        <a href={paths.catalogue(audience)}>{t('selfservice.receipt.back')}</a>
      </p>
    </Page>
  );
}
