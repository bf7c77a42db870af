import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, PostForm, CatalogueRadioGroup, type FormState } from '#platform/views/components.tsx';
import { LookupFields } from '../post-components.tsx';
import { paths } from '../paths.ts';

export function ExemptionPage({
  values = {},
  errors = {},
  saved,
}: {
  saved?: { name: string; status: 'exempt' | 'signed_up' };
} & FormState<{ cpr?: string; purpose?: string; choice?: string }>) {
  const choice = values.choice === 'signed_up' ? 'signed_up' : 'exempt';
  return (
    <Page title={t('post.exempt.title')}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.exempt.title')}</h1>
      {saved ? <Alert kind="success" heading={t(`post.exempt.saved.${saved.status}`, { name: saved.name })} /> : ''}
      <p class="font-lead">{t('post.exempt.lead')}</p>
      <PostForm action={paths.exemptions} submit={t('post.exempt.save')} novalidate>
        <LookupFields
          numberName="cpr"
          numberLabel={t('post.exempt.cpr')}
          values={{ number: values.cpr, purpose: values.purpose }}
          errors={errors}
        />
        <CatalogueRadioGroup
          name="choice"
          prefix="post.exempt.choice"
          values={['exempt', 'signed_up']}
          value={choice}
        />
      </PostForm>
    </Page>
  );
}
