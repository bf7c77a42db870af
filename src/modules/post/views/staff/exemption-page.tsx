import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CsrfField,
  ErrorSummary,
  RadioGroup,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import { paths } from '../paths.ts';

export function ExemptionPage({
  values = {},
  errors = {},
  saved,
}: {
  values?: { cpr?: string; purpose?: string; choice?: string };
  errors?: FieldErrors;
  saved?: { name: string; status: 'exempt' | 'signed_up' };
}) {
  const choice = values.choice === 'signed_up' ? 'signed_up' : 'exempt';
  return (
    <Page title={t('post.exempt.title')}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.exempt.title')}</h1>
      {saved ? <Alert kind="success" heading={t(`post.exempt.saved.${saved.status}`, { name: saved.name })} /> : ''}
      <p class="font-lead">{t('post.exempt.lead')}</p>
      <form method="post" action={paths.exemptions} novalidate>
        <CsrfField />
        <TextField
          name="cpr"
          label={t('post.exempt.cpr')}
          value={values.cpr}
          error={errors.cpr}
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
        <RadioGroup
          name="choice"
          legend={t('post.exempt.choice')}
          value={choice}
          options={(['exempt', 'signed_up'] as const).map((option) => ({
            value: option,
            label: t(`post.exempt.choice.${option}`),
          }))}
        />
        <button type="submit" class="button button-primary">
          {t('post.exempt.save')}
        </button>
      </form>
    </Page>
  );
}
