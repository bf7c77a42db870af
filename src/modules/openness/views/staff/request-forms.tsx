import { choices, ErrorSummary, type FieldErrors, PostForm } from '#platform/views/form.tsx';
import { t } from '#platform/i18n/i18n.ts';
import { SelectField, TextArea, TextField } from '#platform/views/text-fields.tsx';
import { CheckboxGroup, RadioGroup } from '#platform/views/choice-fields.tsx';
import { decisions, legalGrounds } from '../../openness-codes.ts';
import { opennessPaths } from '../paths.ts';
import type { RequestView } from './request-view.ts';

type Values = Record<string, string | string[] | undefined>;
const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/** Withhold a passage of one document, with its legal ground. */
export function RedactionForm({
  view,
  errors = {},
  values = {},
}: {
  view: RequestView;
  errors?: FieldErrors;
  values?: Values;
}) {
  return (
    <>
      <h2 safe>{t('openness.redact.title')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm
        action={opennessPaths.redactions(view.request.id)}
        submit={t('openness.redact.submit')}
        kind="secondary"
        novalidate
      >
        <SelectField
          name="entry"
          label={t('openness.redact.entry')}
          value={text(values.entry)}
          error={errors.entry}
          options={view.entries.map((entry) => ({ value: entry.id, label: entry.document_title }))}
        />
        <TextArea
          name="passage"
          label={t('openness.redact.passage')}
          value={text(values.passage)}
          error={errors.passage}
          rows={3}
        />
        <SelectField
          name="ground"
          label={t('openness.redact.ground')}
          value={text(values.ground)}
          error={errors.ground}
          options={choices(legalGrounds, 'openness.ground')}
        />
      </PostForm>
    </>
  );
}

/** Decide: full, partial or refused, the reasons, and which documents are handed out. */
export function DecisionForm({
  view,
  errors = {},
  values = {},
}: {
  view: RequestView;
  errors?: FieldErrors;
  values?: Values;
}) {
  return (
    <>
      <h2 safe>{t('openness.decide.title')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={opennessPaths.decision(view.request.id)} submit={t('openness.decide.submit')} novalidate>
        <RadioGroup
          name="decision"
          legend={t('openness.decide.decision')}
          error={errors.decision}
          options={choices(decisions, 'openness.decide')}
          value={text(values.decision)}
        />
        {view.entries.length ? (
          <CheckboxGroup
            name="handOut"
            legend={t('openness.decide.handOut')}
            options={view.entries.map((entry) => ({ value: entry.id, label: entry.document_title }))}
            values={[...view.handedOut]}
          />
        ) : (
          ''
        )}
        <TextArea
          name="reason"
          label={t('openness.decide.reason')}
          value={text(values.reason)}
          error={errors.reason}
          rows={4}
        />
      </PostForm>
    </>
  );
}

/** § 36: tell the requester why the answer takes longer and when to expect it (once, before the decision). */
export function ExtensionForm({
  view,
  errors = {},
  values = {},
}: {
  view: RequestView;
  errors?: FieldErrors;
  values?: Values;
}) {
  return (
    <>
      <h2 safe>{t('openness.extend.title')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm
        action={opennessPaths.extension(view.request.id)}
        submit={t('openness.extend.submit')}
        kind="secondary"
        novalidate
      >
        <TextArea
          name="delayReason"
          label={t('openness.extend.reason')}
          value={text(values.delayReason)}
          error={errors.delayReason}
          rows={3}
        />
        <TextField
          name="expectedAt"
          type="date"
          label={t('openness.extend.expectedAt')}
          value={text(values.expectedAt)}
          error={errors.expectedAt}
        />
      </PostForm>
    </>
  );
}
