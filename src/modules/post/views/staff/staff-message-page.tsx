import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, ErrorSummary, TextArea, type FieldErrors } from '#platform/views/components.tsx';
import { AttachmentField } from '../citizen/new-message-page.tsx';
import type { DepartmentMessageView, MessageView } from '#modules/post/post.types.ts';
import { AttachmentList, departmentName, MessageBody, StatusText, ThreadMessage } from '../post-components.tsx';
import { paths } from '../paths.ts';

export function StaffMessagePage({
  message,
  canAnswer,
  errors = {},
  answerText,
  notice,
}: {
  message: DepartmentMessageView;
  canAnswer: boolean;
  errors?: FieldErrors;
  answerText?: string;
  notice?: string;
}) {
  const others = message.thread.filter((entry) => entry.id !== message.id);
  const from = (entry: MessageView) => (entry.direction === 'out' ? departmentName(entry) : message.recipientName);
  return (
    <Page
      title={message.subject}
      backLink={{ href: message.direction === 'in' ? paths.staffReceived : paths.staff, label: 'post.staff.back' }}
    >
      <ErrorSummary errors={errors} />
      {notice ? <Alert kind="success" heading={t(notice)} /> : ''}
      <h1 safe>{message.subject}</h1>
      <p class="form-hint">{t('post.staff.audited')}</p>
      <dl class="mb-5">
        <dt>{t('post.message.from')}</dt>
        <dd safe>{from(message)}</dd>
        <dt>{t('post.message.to')}</dt>
        <dd safe>{message.direction === 'out' ? message.recipientName : departmentName(message)}</dd>
        <dt>{t('post.list.date')}</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt>{t('post.list.status')}</dt>
        <dd>
          <StatusText status={message.status} /> ({t(`post.delivery.${message.delivery}`)})
        </dd>
        {message.caseId ? (
          <>
            <dt>{t('post.message.case')}</dt>
            <dd safe>{message.caseId}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      <MessageBody body={message.body} />
      <AttachmentList
        attachments={message.attachments}
        href={(attachment) => paths.staffAttachment(message.id, attachment.id)}
      />
      {others.length ? (
        <section class="mt-7">
          <h2>{t('post.message.thread')}</h2>
          {others.map((entry) => (
            <ThreadMessage
              message={entry}
              fromLabel={from(entry)}
              href={(attachment) => paths.staffAttachment(entry.id, attachment.id)}
            />
          ))}
        </section>
      ) : (
        ''
      )}
      {canAnswer && message.direction === 'in' ? (
        <section class="mt-7">
          <h2>{t('post.staff.answer.title')}</h2>
          <form method="post" action={paths.staffAnswer(message.id)} enctype="multipart/form-data" novalidate>
            <CsrfField />
            <TextArea
              name="body"
              label={t('post.staff.answer.body')}
              value={answerText}
              error={errors.body}
              required
              rows={8}
            />
            <div class="form-group">
              <input
                class="form-checkbox"
                type="checkbox"
                id="field-replyAllowed"
                name="replyAllowed"
                value="yes"
                checked
              />
              <label for="field-replyAllowed">{t('post.staff.replyAllowed')}</label>
            </div>
            <AttachmentField error={errors.attachments} />
            <button type="submit" class="button button-primary">
              {t('post.staff.answer.send')}
            </button>
          </form>
        </section>
      ) : (
        ''
      )}
    </Page>
  );
}
