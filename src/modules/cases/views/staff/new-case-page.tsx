import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import { localized } from '../case-format.tsx';

export interface NewCaseValues {
  caseTypeCode?: string;
  channel?: string;
  cpr?: string;
  cvr?: string;
  title?: string;
  description?: string;
}

/** Staff create a case on behalf of someone at the desk or on the phone. */
export function NewCasePage({
  caseTypes,
  values = {},
  errors = {},
}: {
  caseTypes: Array<{ code: string; name: { da: string; en: string } }>;
  values?: NewCaseValues;
  errors?: FieldErrors;
}) {
  return (
    <Page title={t('cases.new.title')} backLink={{ href: '/staff/cases', label: 'cases.queue.back' }}>
      <h1>{t('cases.new.title')}</h1>
      <p class="font-lead">{t('cases.new.lead')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/staff/cases/new">
        <CsrfField />
        <SelectField
          name="caseTypeCode"
          label={t('cases.field.caseType')}
          value={values.caseTypeCode}
          error={errors.caseTypeCode}
          required
          options={caseTypes.map((type) => ({ value: type.code, label: localized(type.name) }))}
        />
        <SelectField
          name="channel"
          label={t('cases.new.channel')}
          value={values.channel}
          options={['attendance', 'phone'].map((value) => ({ value, label: t(`cases.channel.${value}`) }))}
        />
        <TextField
          name="cpr"
          label={t('cases.new.cpr')}
          hint={t('cases.new.cprHint')}
          value={values.cpr}
          error={errors.cpr}
          inputmode="numeric"
          autocomplete="off"
        />
        <TextField
          name="cvr"
          label={t('cases.new.cvr')}
          hint={t('cases.new.cvrHint')}
          value={values.cvr}
          error={errors.cvr}
          inputmode="numeric"
          autocomplete="off"
        />
        <TextField name="title" label={t('cases.new.caseTitle')} value={values.title} error={errors.title} />
        <TextArea
          name="description"
          label={t('cases.new.description')}
          value={values.description}
          error={errors.description}
          rows={4}
        />
        <button type="submit" class="button button-primary">
          {t('cases.new.submit')}
        </button>
      </form>
    </Page>
  );
}

export function CaseCreatedPage({
  reference,
  caseId,
  applicantName,
  visible,
}: {
  reference: string;
  caseId: string;
  applicantName: string;
  visible: boolean;
}) {
  return (
    <Page title={t('cases.new.created')}>
      <Alert kind="success" heading={t('cases.new.created')}>
        <span safe>{t('cases.new.createdText', { reference, name: applicantName })}</span>
      </Alert>
      <h1>{t('cases.new.created')}</h1>
      <p>
        {visible ? (
          <a href={`/staff/cases/${caseId}`} safe>
            {t('cases.new.open', { reference })}
          </a>
        ) : (
          t('cases.new.otherDepartment')
        )}
      </p>
      <p>
        <a href="/staff/cases/new">{t('cases.new.another')}</a>
      </p>
    </Page>
  );
}
