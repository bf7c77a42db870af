import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { ErrorSummary, PostForm, FileField, type FormState } from '#platform/views/components.tsx';
import type { Department } from '#modules/identity/identity.service.ts';
import { DepartmentField, LetterFields } from '../post-components.tsx';
import { paths } from '../paths.ts';

/** A file input for attachments (several files), with the limits as hint and its error beside it. */
export function AttachmentField({ error, name = 'attachments' }: { error?: string; name?: string }) {
  return (
    <FileField
      name={name}
      label={t('post.field.attachments')}
      hint={t('post.field.attachmentsHint')}
      error={error}
      accept="application/pdf,image/*"
      multiple
    />
  );
}

export interface NewMessageValues {
  department?: string;
  subject?: string;
  body?: string;
}

export function NewMessagePage(props: { departments: Department[] } & FormState<NewMessageValues>) {
  const { departments, values = {}, errors = {} } = props;
  return (
    <Page title={t('post.new.title')} backLink={{ href: paths.mailbox(), label: 'post.message.back' }}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.new.title')}</h1>
      <p class="font-lead">{t('post.new.lead')}</p>
      <PostForm action={paths.newMessage} submit={t('post.new.send')} multipart novalidate>
        <DepartmentField
          departments={departments}
          label={t('post.new.department')}
          value={values.department}
          error={errors.department}
          choose
        />
        <LetterFields values={values} errors={errors} />
        <AttachmentField error={errors.attachments} />
      </PostForm>
    </Page>
  );
}
