import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  FileField,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import type { Department } from '#modules/identity/identity.service.ts';
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

export function NewMessagePage({
  departments,
  values = {},
  errors = {},
}: {
  departments: Department[];
  values?: NewMessageValues;
  errors?: FieldErrors;
}) {
  const locale = currentLocale();
  return (
    <Page title={t('post.new.title')} backLink={{ href: paths.mailbox(), label: 'post.message.back' }}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.new.title')}</h1>
      <p class="font-lead">{t('post.new.lead')}</p>
      <form method="post" action={paths.newMessage} enctype="multipart/form-data" novalidate>
        <CsrfField />
        <SelectField
          name="department"
          label={t('post.new.department')}
          value={values.department}
          error={errors.department}
          required
          options={[
            { value: '', label: t('post.field.choose') },
            ...departments.map((department) => ({ value: department.id, label: department.name[locale] })),
          ]}
        />
        <TextField
          name="subject"
          label={t('post.field.subject')}
          value={values.subject}
          error={errors.subject}
          required
        />
        <TextArea name="body" label={t('post.field.body')} value={values.body} error={errors.body} required rows={10} />
        <AttachmentField error={errors.attachments} />
        <button type="submit" class="button button-primary">
          {t('post.new.send')}
        </button>
      </form>
    </Page>
  );
}
