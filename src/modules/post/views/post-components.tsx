import { formatFileSize } from '#platform/i18n/numbers.ts';
import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { fieldBinding, SelectField, TextArea, TextField, type FieldErrors } from '#platform/views/components.tsx';
import type { Department } from '#modules/identity/identity.service.ts';
import type { AttachmentView, MessageStatus, MessageSummary, MessageView } from '../post.types.ts';

export const fileSize = (bytes: number) => formatFileSize(bytes);
export const departmentName = (message: Pick<MessageSummary, 'departmentName'>) =>
  message.departmentName[currentLocale()];

export function StatusText({ status }: { status: MessageStatus }) {
  return <span>{t(`post.status.${status}`)}</span>;
}

/** The letter's text: kept as the sender wrote it, line breaks included, always escaped. */
export function MessageBody({ body }: { body: string }) {
  return (
    <div class="post-message-body" style="white-space: pre-wrap" safe>
      {body}
    </div>
  );
}

export function AttachmentList({
  attachments,
  href,
}: {
  attachments: AttachmentView[];
  href: (attachment: AttachmentView) => string;
}) {
  if (!attachments.length) return '';
  return (
    <>
      <h3 class="h5">{t('post.message.attachments')}</h3>
      <ul class="nobullet-list">
        {attachments.map((attachment) => (
          <li>
            <a href={href(attachment)} download={attachment.filename} safe>
              {t('post.message.download', { name: attachment.filename, size: fileSize(attachment.size) })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One message of a thread, as a section with a heading of its own. */
export function ThreadMessage({
  message,
  fromLabel,
  href,
}: {
  message: MessageView;
  fromLabel: string;
  href: (attachment: AttachmentView) => string;
}) {
  return (
    <section class="mt-6">
      <h3 class="h4" safe>
        {message.subject}
      </h3>
      <p class="form-hint">
        <span safe>{fromLabel}</span> · {formatDateTime(message.createdAt)}
      </p>
      <MessageBody body={message.body} />
      <AttachmentList attachments={message.attachments} href={href} />
    </section>
  );
}

/** The other messages of a thread, oldest first, under one heading; nothing when there are none. */
export function Thread({
  messages,
  fromLabel,
  href,
}: {
  messages: MessageView[];
  fromLabel: (message: MessageView) => string;
  href: (message: MessageView, attachment: AttachmentView) => string;
}) {
  if (!messages.length) return '';
  return (
    <section class="mt-7">
      <h2>{t('post.message.thread')}</h2>
      {messages.map((entry) => (
        <ThreadMessage message={entry} fromLabel={fromLabel(entry)} href={(attachment) => href(entry, attachment)} />
      ))}
    </section>
  );
}

/** The number to look up (CPR) and the purpose of the look-up, which the audit log records. */
export function LookupFields({
  numberName,
  numberLabel,
  values,
  errors,
}: {
  numberName: string;
  numberLabel: string;
  values: { number?: string; purpose?: string };
  errors: FieldErrors;
}) {
  const field = fieldBinding(values, errors);
  return (
    <>
      <TextField
        {...field('number')}
        name={numberName}
        error={errors[numberName]}
        label={numberLabel}
        required
        autocomplete="off"
        classes="input-width-s"
      />
      <TextField {...field('purpose')} label={t('post.staff.purpose')} hint={t('post.staff.purposeHint')} required />
    </>
  );
}

/** A letter's subject and text. */
export function LetterFields({
  values,
  errors,
  rows = 10,
}: {
  values: { subject?: string; body?: string };
  errors: FieldErrors;
  rows?: number;
}) {
  const field = fieldBinding(values, errors);
  return (
    <>
      <TextField {...field('subject')} label={t('post.field.subject')} required />
      <TextArea {...field('body')} label={t('post.field.body')} required rows={rows} />
    </>
  );
}

/** The department a letter is sent from (staff) or to (citizens, who first see "choose"). */
export function DepartmentField({
  departments,
  value,
  error,
  label = t('post.staff.department'),
  choose,
}: {
  departments: Department[];
  value?: string;
  error?: string;
  label?: string;
  choose?: boolean;
}) {
  const options = departments.map((department) => ({ value: department.id, label: department.name[currentLocale()] }));
  return (
    <SelectField
      name="department"
      label={label}
      value={value}
      error={error}
      required={choose}
      options={choose ? [{ value: '', label: t('post.field.choose') }, ...options] : options}
    />
  );
}
