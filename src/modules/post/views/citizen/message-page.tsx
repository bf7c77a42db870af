import { MemoFacts } from '../memo-facts.tsx';
import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, TextArea, type FieldErrors, PostForm } from '#platform/views/components.tsx';
import type { MessageView } from '#modules/post/post.types.ts';
import { AttachmentList, departmentName, MessageBody, Thread } from '../post-components.tsx';
import { paths } from '../paths.ts';
import { AttachmentField } from './new-message-page.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';

export function MessagePage({
  message,
  thread,
  notice,
  errors = {},
  replyText,
}: {
  message: MessageView;
  thread: MessageView[];
  notice?: string;
  errors?: FieldErrors;
  replyText?: string;
}) {
  const others = thread.filter((entry) => entry.id !== message.id);
  const fromLabel = (entry: MessageView) => (entry.direction === 'out' ? departmentName(entry) : t('post.message.you'));
  const canReply = message.direction === 'out' && message.replyAllowed;
  const archived = message.folder === 'archive';
  return (
    <Page title={message.subject} backLink={{ href: paths.mailbox(message.folder), label: 'post.message.back' }}>
      <ErrorSummary errors={errors} />
      {notice ? <Alert kind="success" heading={t(notice)} /> : ''}
      <h1 safe>{message.subject}</h1>
      <SummaryList
        items={[
          {
            label: t(message.direction === 'out' ? 'post.message.from' : 'post.message.to'),
            text: departmentName(message),
          },
          {
            label: t(message.direction === 'out' ? 'post.message.date' : 'post.message.sentDate'),
            text: formatDateTime(message.createdAt),
          },
          message.caseId
            ? {
                label: t('post.message.case'),
                // the case number, linked to the case under "my cases" (which finds a case by its number)
                value: (
                  <a href={`/my/cases/${encodeURIComponent(message.caseId)}`} safe>
                    {message.caseId}
                  </a>
                ),
              }
            : undefined,
        ]}
      />
      <MemoFacts memo={message.memo} />
      {message.delivery === 'print' ? <p class="form-hint">{t('post.message.printed')}</p> : ''}
      <MessageBody body={message.body} />
      <AttachmentList
        attachments={message.attachments}
        href={(attachment) => paths.attachment(message.id, attachment.id)}
      />
      <PostForm
        action={paths.move(message.id)}
        submit={t(archived ? 'post.message.unarchive' : 'post.message.archive')}
        class="mt-5"
        kind="secondary"
      >
        <input type="hidden" name="folder" value={archived ? 'inbox' : 'archive'} />
      </PostForm>
      <Thread
        messages={others}
        fromLabel={fromLabel}
        href={(entry, attachment) => paths.attachment(entry.id, attachment.id)}
      />
      {canReply ? (
        <section class="mt-7">
          <h2>{t('post.reply.title')}</h2>
          <PostForm action={paths.reply(message.id)} submit={t('post.reply.send')} multipart novalidate>
            <TextArea name="body" label={t('post.reply.body')} value={replyText} error={errors.body} required />
            <AttachmentField error={errors.attachments} />
          </PostForm>
        </section>
      ) : message.direction === 'out' ? (
        <p class="mt-5">{t('post.message.noReply')}</p>
      ) : (
        ''
      )}
    </Page>
  );
}
