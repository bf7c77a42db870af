import { t } from '#platform/i18n/i18n.ts';
import { choices, ErrorSummary, type FieldErrors, fieldBinding, PostForm } from '#platform/views/form.tsx';
import { SelectField, TextArea, TextField } from '#platform/views/text-fields.tsx';
import type { Principle } from '../../architecture.service.ts';
import { assessments, committees, decisions } from '../../decision-rules.ts';
import { governancePaths } from '../paths.ts';

/** The committee's form: the proposal, its assessment against each principle, the decision and its conditions. */
export function DecisionForm({
  principles,
  systems,
  values = {},
  errors = {},
}: {
  principles: Principle[];
  systems: Array<{ value: string; label: string }>;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const field = fieldBinding(values, errors);
  const label = (name: string) => t(`governance.decision.${name}`);
  return (
    <>
      <h2 safe>{t('governance.decision.add')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={`${governancePaths.architecture}/decisions`} submit={t('governance.decision.save')}>
        <SelectField
          {...field('committee')}
          label={label('committee')}
          options={choices(committees, 'governance.committee')}
        />
        <TextField {...field('title')} label={label('title')} required />
        <TextArea {...field('proposal')} label={label('proposal')} rows={3} />
        <SelectField
          {...field('systemId')}
          label={label('system')}
          options={[{ value: '', label: t('governance.decision.noSystem') }, ...systems]}
        />
        {principles.map((principle) => (
          <fieldset class="form-group">
            <legend class="form-label" safe>
              {principle.name}
            </legend>
            <SelectField
              {...field(`assessment-${principle.code}`)}
              label={t('governance.decision.assessment', { principle: principle.name })}
              options={choices(assessments, 'governance.assessment')}
            />
            <TextField
              {...field(`reason-${principle.code}`)}
              label={t('governance.decision.reasonFor', { principle: principle.name })}
            />
          </fieldset>
        ))}
        <SelectField
          {...field('decision')}
          label={label('decision')}
          options={choices(decisions, 'governance.decisionKind')}
        />
        <TextArea {...field('conditions')} label={label('conditions')} rows={2} />
        <TextField {...field('decidedOn')} type="date" label={label('decidedOn')} hint={t('governance.day.hint')} />
      </PostForm>
    </>
  );
}
