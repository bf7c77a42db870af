import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  fieldBinding,
  PostForm,
  TextArea,
  TextField,
} from '#platform/views/components.tsx';
import { noticeLetter } from '../notice-letter.ts';
import type { NoticeForm } from '../notice-input.ts';
import type { NoticeView } from '../notice.service.ts';
import { serviceLevelPaths } from './paths.ts';

/** The § 3 letter of one case: the facts, the caseworker's reason and new date, the letter as it will read. */
export function NoticePage({
  caseId,
  notice,
  form,
  errors = {},
  sent = false,
}: {
  caseId: string;
  notice?: NoticeView;
  form: NoticeForm;
  errors?: FieldErrors;
  sent?: boolean;
}) {
  return (
    <LeadPage
      title={t('channels.notice.pageTitle')}
      lead={t('channels.notice.pageLead')}
      back={serviceLevelPaths.notices}
    >
      {sent ? <Alert kind="success">{t('channels.notice.sent')}</Alert> : ''}
      {notice ? (
        <NoticeBody caseId={caseId} notice={notice} form={form} errors={errors} />
      ) : (
        <p>{t('channels.notice.noneForCase')}</p>
      )}
    </LeadPage>
  );
}

function NoticeBody({
  caseId,
  notice,
  form,
  errors,
}: {
  caseId: string;
  notice: NoticeView;
  form: NoticeForm;
  errors: FieldErrors;
}) {
  const field = fieldBinding(form, errors);
  const letter = noticeLetter({
    caseType: notice.caseType.da,
    receivedDay: notice.receivedDay,
    deadlineDay: notice.deadlineDay,
    reason: form.reason || '…',
    expectedDay: form.expectedDay || notice.deadlineDay,
  });
  return (
    <>
      <SummaryList
        items={[
          { label: t('channels.notice.caseType'), text: notice.caseType[currentLocale()] },
          { label: t('channels.notice.received'), text: formatDay(notice.receivedDay) },
          { label: t('channels.notice.deadline'), text: formatDay(notice.deadlineDay) },
        ]}
      />
      {notice.sentAt ? (
        ''
      ) : (
        <>
          <ErrorSummary errors={errors} />
          <PostForm action={serviceLevelPaths.notice(caseId)} submit={t('channels.notice.send')}>
            <TextArea {...field('reason')} label={t('channels.notice.reason')} hint={t('channels.notice.reasonHint')} />
            <TextField {...field('expectedDay')} type="date" label={t('channels.notice.expectedDay')} />
          </PostForm>
        </>
      )}
      <h2 class="h3">{t('channels.notice.preview')}</h2>
      <p class="bold" safe>
        {letter.subject}
      </p>
      {letter.body.split('\n\n').map((paragraph) => (
        <p safe>{paragraph}</p>
      ))}
    </>
  );
}
