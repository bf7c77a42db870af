import { MemoFacts } from '../memo-facts.tsx';
import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CheckboxField,
  ErrorSummary,
  TextArea,
  type FieldErrors,
  PostForm,
} from '#platform/views/components.tsx';
import { AttachmentField } from '../citizen/new-message-page.tsx';
import type { DepartmentMessageView, MessageView } from '#modules/post/post.types.ts';
import { AttachmentList, departmentName, MessageBody, StatusText, Thread } from '../post-components.tsx';
import { paths } from '../paths.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';

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
      <SummaryList
        items={[
          { label: t('post.message.from'), text: from(message) },
          {
            label: t('post.message.to'),
            text: message.direction === 'out' ? message.recipientName : departmentName(message),
          },
          { label: t('post.list.date'), text: formatDateTime(message.createdAt) },
          {
            label: t('post.list.status'),
            value: (
              <>
                <StatusText status={message.status} /> ({t(`post.delivery.${message.delivery}`)})
              </>
            ),
          },
          { label: t('post.message.case'), text: message.caseId },
        ]}
      />
      <MemoFacts memo={message.memo} />
      <MessageBody body={message.body} />
      <AttachmentList
        attachments={message.attachments}
        href={(attachment) => paths.staffAttachment(message.id, attachment.id)}
      />
      <Thread
        messages={others}
        fromLabel={from}
        href={(entry, attachment) => paths.staffAttachment(entry.id, attachment.id)}
      />
      {canAnswer && message.direction === 'in' ? (
        <section class="mt-7">
          <h2>{t('post.staff.answer.title')}</h2>
          <PostForm action={paths.staffAnswer(message.id)} submit={t('post.staff.answer.send')} multipart novalidate>
            <TextArea
              name="body"
              label={t('post.staff.answer.body')}
              value={answerText}
              error={errors.body}
              required
              rows={8}
            />
            <CheckboxField name="replyAllowed" value="yes" label={t('post.staff.replyAllowed')} checked />
            <AttachmentField error={errors.attachments} />
          </PostForm>
        </section>
      ) : (
        ''
      )}
    </Page>
  );
}
