import { formatDateTime, t } from '../../../../platform/i18n/i18n.ts';
import { Page } from '../../../../platform/views/layout.tsx';
import type { DepartmentMessageView, MessageView } from '../../post.types.ts';
import { AttachmentList, departmentName, MessageBody, StatusText, ThreadMessage } from '../post-components.tsx';
import { paths } from '../paths.ts';

export function StaffMessagePage({ message }: { message: DepartmentMessageView }) {
  const others = message.thread.filter((entry) => entry.id !== message.id);
  const from = (entry: MessageView) => (entry.direction === 'out' ? departmentName(entry) : message.recipientName);
  return (
    <Page title={message.subject} backLink={{ href: message.direction === 'in' ? paths.staffReceived : paths.staff, label: 'post.staff.back' }}>
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
      <AttachmentList attachments={message.attachments} href={(attachment) => paths.staffAttachment(message.id, attachment.id)} />
      {others.length ? (
        <section class="mt-7">
          <h2>{t('post.message.thread')}</h2>
          {others.map((entry) => (
            <ThreadMessage message={entry} fromLabel={from(entry)} href={(attachment) => paths.staffAttachment(entry.id, attachment.id)} />
          ))}
        </section>
      ) : (
        ''
      )}
    </Page>
  );
}
