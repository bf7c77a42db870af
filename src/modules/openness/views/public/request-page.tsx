import { formatDate, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { ErrorSummary, type FieldErrors, PostForm } from '#platform/views/form.tsx';
import { TextArea, TextField } from '#platform/views/text-fields.tsx';
import { CheckboxField, CheckboxGroup } from '#platform/views/choice-fields.tsx';
import type { PublicEntry } from '../../public-entry.ts';
import type { AccessRequestForm } from '../../request-input.ts';
import { opennessPaths } from '../paths.ts';

/** Anyone: "Anmod om aktindsigt", pointing at letters of the post list or describing a case; e-mail when anonymous. */
export function RequestPage(props: {
  entries: PublicEntry[];
  values: Partial<AccessRequestForm>;
  anonymous: boolean;
  errors?: FieldErrors;
}) {
  const { entries, values, anonymous, errors = {} } = props;
  return (
    <LeadPage title={t('openness.request.title')} lead={t('openness.request.lead')} back={opennessPaths.list}>
      <ErrorSummary errors={errors} />
      <PostForm action={opennessPaths.request} submit={t('openness.request.submit')} novalidate>
        {entries.length ? (
          <CheckboxGroup
            name="entry"
            legend={t('openness.request.entries')}
            error={errors.entry}
            options={entries.map((entry) => ({
              value: entry.id,
              label: `${entry.caseReference}: ${entry.documentTitle}`,
            }))}
            values={entries.map((entry) => entry.id)}
          />
        ) : (
          ''
        )}
        <TextArea
          name="description"
          label={t('openness.request.description')}
          hint={t('openness.request.descriptionHint')}
          value={values.description}
          error={errors.description}
          rows={4}
        />
        {anonymous ? (
          <TextField
            name="email"
            type="email"
            autocomplete="email"
            label={t('openness.request.email')}
            hint={t('openness.request.emailHint')}
            value={values.email}
            error={errors.email}
          />
        ) : (
          <>
            <CheckboxField
              name="kind"
              value="party"
              label={t('openness.request.kind')}
              checked={values.kind === 'party'}
              error={errors.kind}
            />
            <TextField
              name="caseReference"
              label={t('openness.request.caseReference')}
              hint={t('openness.request.caseReferenceHint')}
              value={values.caseReference}
              error={errors.caseReference}
            />
          </>
        )}
      </PostForm>
    </LeadPage>
  );
}

/** The receipt: the deadline, and where the answer goes. */
export function RequestReceivedPage({
  deadline,
  anonymous,
  caseReference,
}: {
  deadline: Date;
  anonymous: boolean;
  caseReference: string;
}) {
  return (
    <LeadPage
      title={t('openness.request.received')}
      lead={t('openness.request.receivedLead', { deadline: formatDate(deadline) })}
      back={opennessPaths.list}
    >
      <p safe>{t('openness.request.caseNumber', { reference: caseReference })}</p>
      <p safe>{t(anonymous ? 'openness.request.receivedEmail' : 'openness.request.receivedDigital')}</p>
    </LeadPage>
  );
}
