import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  CheckboxField,
  CsrfField,
  RadioGroup,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import type { Department } from '#modules/identity/identity.service.ts';
import { AttachmentField } from '../citizen/new-message-page.tsx';
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
  const locale = currentLocale();
  const kind = values.recipientKind === 'cvr' ? 'cvr' : 'cpr';
  return (
    <Page title={t('post.staff.new.title')} backLink={{ href: paths.staff, label: 'post.staff.back' }}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.staff.new.title')}</h1>
      <p class="font-lead">{t('post.staff.new.lead')}</p>
      <form method="post" action={paths.staffNew} enctype="multipart/form-data" novalidate>
        <CsrfField />
        <RadioGroup
          name="recipientKind"
          legend={t('post.staff.recipientKind')}
          value={kind}
          options={(['cpr', 'cvr'] as const).map((option) => ({
            value: option,
            label: t(`post.staff.recipientKind.${option}`),
          }))}
        />
        <TextField
          name="recipient"
          label={t('post.staff.recipientNumber')}
          value={values.recipient}
          error={errors.recipient}
          required
          autocomplete="off"
          classes="input-width-s"
        />
        <TextField
          name="purpose"
          label={t('post.staff.purpose')}
          hint={t('post.staff.purposeHint')}
          value={values.purpose}
          error={errors.purpose}
          required
        />
        <SelectField
          name="department"
          label={t('post.staff.department')}
          value={values.department}
          error={errors.department}
          options={departments.map((department) => ({ value: department.id, label: department.name[locale] }))}
        />
        <TextField
          name="subject"
          label={t('post.field.subject')}
          value={values.subject}
          error={errors.subject}
          required
        />
        <TextArea name="body" label={t('post.field.body')} value={values.body} error={errors.body} required rows={12} />
        <TextField
          name="caseId"
          label={t('post.staff.caseId')}
          value={values.caseId}
          error={errors.caseId}
          classes="input-width-m"
        />
        <CheckboxField
          name="replyAllowed"
          value="yes"
          label={t('post.staff.replyAllowed')}
          checked={values.replyAllowed ?? true}
        />
        <AttachmentField error={errors.attachments} />
        <button type="submit" class="button button-primary">
          {t('post.staff.send')}
        </button>
      </form>
    </Page>
  );
}
