import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  CheckboxField,
  ErrorSummary,
  fieldBinding,
  PostForm,
  CatalogueRadioGroup,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import type { Department } from '#modules/identity/identity.service.ts';
import { AttachmentField } from '../citizen/new-message-page.tsx';
import { DepartmentField, LetterFields, LookupFields } from '../post-components.tsx';
import { paths } from '../paths.ts';

export interface WriteLetterValues {
  recipientKind?: string;
  recipient?: string;
  purpose?: string;
  subject?: string;
  body?: string;
  caseId?: string;
  replyAllowed?: boolean;
  department?: string;
}

export function WriteLetterPage({
  departments,
  values,
  errors = {},
}: {
  departments: Department[];
  values: WriteLetterValues;
  errors?: FieldErrors;
}) {
  const kind = values.recipientKind === 'cvr' ? 'cvr' : 'cpr';
  const field = fieldBinding(values, errors);
  return (
    <Page title={t('post.staff.new.title')} backLink={{ href: paths.staff, label: 'post.staff.back' }}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.staff.new.title')}</h1>
      <p class="font-lead">{t('post.staff.new.lead')}</p>
      <PostForm action={paths.staffNew} submit={t('post.staff.send')} multipart novalidate>
        <CatalogueRadioGroup
          name="recipientKind"
          prefix="post.staff.recipientKind"
          values={['cpr', 'cvr']}
          value={kind}
        />
        <LookupFields
          numberName="recipient"
          numberLabel={t('post.staff.recipientNumber')}
          values={{ number: values.recipient, purpose: values.purpose }}
          errors={errors}
        />
        <DepartmentField departments={departments} value={values.department} error={errors.department} />
        <LetterFields values={values} errors={errors} rows={12} />
        <TextField {...field('caseId')} label={t('post.staff.caseId')} classes="input-width-m" />
        <CheckboxField
          name="replyAllowed"
          value="yes"
          label={t('post.staff.replyAllowed')}
          checked={values.replyAllowed ?? true}
        />
        <AttachmentField error={errors.attachments} />
      </PostForm>
    </Page>
  );
}
