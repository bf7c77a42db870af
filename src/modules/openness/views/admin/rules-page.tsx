import { formatDate, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { Alert } from '#platform/views/alert.tsx';
import { ErrorSummary, type FieldErrors, PostForm } from '#platform/views/form.tsx';
import { TextField } from '#platform/views/text-fields.tsx';
import { opennessPaths } from '../paths.ts';

/** Administrators: case types never public (audited), and the delay before entries appear. */
export function RulesPage(props: {
  rules: Array<{ case_type_code: string; reason: string; created_at: Date }>;
  delayDays: number;
  saved?: boolean;
  errors?: FieldErrors;
  values?: Record<string, string | undefined>;
}) {
  const { errors = {}, values = {} } = props;
  return (
    <LeadPage title={t('openness.rules.title')} lead={t('openness.rules.lead')} back="/staff">
      {props.saved ? <Alert kind="success">{t('openness.rules.saved')}</Alert> : ''}
      <ErrorSummary errors={errors} />
      <DataTable
        caption={t('openness.rules.caption')}
        rows={props.rules}
        empty={t('openness.rules.empty')}
        columns={[
          { header: t('openness.rules.caseTypeCode'), text: (rule) => rule.case_type_code, rowHeader: true },
          { header: t('openness.rules.reason'), text: (rule) => rule.reason },
          { header: t('openness.staff.received'), text: (rule) => formatDate(rule.created_at) },
        ]}
      />
      <PostForm action={opennessPaths.closeCaseType} submit={t('openness.rules.add')} novalidate>
        <TextField
          name="caseTypeCode"
          label={t('openness.rules.caseTypeCode')}
          value={values.caseTypeCode}
          error={errors.caseTypeCode}
        />
        <TextField name="reason" label={t('openness.rules.reason')} value={values.reason} error={errors.reason} />
      </PostForm>
      <PostForm action={opennessPaths.delay} submit={t('openness.rules.saveDelay')} kind="secondary" novalidate>
        <TextField
          name="delayDays"
          inputmode="numeric"
          label={t('openness.rules.delayDays')}
          value={values.delayDays ?? String(props.delayDays)}
          error={errors.delayDays}
        />
      </PostForm>
    </LeadPage>
  );
}
