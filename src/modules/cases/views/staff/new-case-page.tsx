import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  ErrorSummary,
  fieldBinding,
  PostForm,
  SelectField,
  TextArea,
  TextField,
  type FormState,
  choices,
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
} & FormState<NewCaseValues>) {
  const field = fieldBinding(values, errors);
  return (
    <Page title={t('cases.new.title')} backLink={{ href: '/staff/cases', label: 'cases.queue.back' }}>
      <h1>{t('cases.new.title')}</h1>
      <p class="font-lead">{t('cases.new.lead')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action="/staff/cases/new" submit={t('cases.new.submit')}>
        <SelectField
          {...field('caseTypeCode')}
          label={t('cases.field.caseType')}
          required
          options={caseTypes.map((type) => ({ value: type.code, label: localized(type.name) }))}
        />
        <SelectField
          {...field('channel')}
          label={t('cases.new.channel')}
          options={choices(['attendance', 'phone'], 'cases.channel')}
        />
        {(['cpr', 'cvr'] as const).map((name) => (
          <TextField
            {...field(name)}
            label={t(`cases.new.${name}`)}
            hint={t(`cases.new.${name}Hint`)}
            inputmode="numeric"
            autocomplete="off"
          />
        ))}
        <TextField {...field('title')} label={t('cases.new.caseTitle')} />
        <TextArea {...field('description')} label={t('cases.new.description')} rows={4} />
      </PostForm>
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
