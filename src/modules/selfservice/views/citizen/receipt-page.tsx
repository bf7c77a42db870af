import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import type { SubmissionView } from '#modules/selfservice/selfservice.service.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';

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
      <dl>
        <dt>{t('selfservice.receipt.reference')}</dt>
        <dd class="font-lead">
          <strong safe>{submission.caseReference}</strong>
        </dd>
        <dt>{t('selfservice.receipt.submittedAt')}</dt>
        <dd>{formatDateTime(submission.submittedAt)}</dd>
        <dt>{t('selfservice.receipt.processing')}</dt>
        <dd>{processing}</dd>
      </dl>
      <p>{t(letter)}</p>
      <p class="form-hint">{t('selfservice.receipt.print')}</p>
      <p>
        <a href={paths.catalogue(audience)}>{t('selfservice.receipt.back')}</a>
      </p>
    </Page>
  );
}
