import { t } from '#platform/i18n/i18n.ts';
import { CheckboxGroup } from '#platform/views/choice-fields.tsx';
import { choices, ErrorSummary, type FieldErrors, fieldBinding, PostForm } from '#platform/views/form.tsx';
import { SelectField, TextArea, TextField } from '#platform/views/text-fields.tsx';
import { annexA } from '../../annex-a.ts';
import { controlStatuses, securityProperties } from '../../risk-rules.ts';

/** Which security form was sent, with what was typed and what was refused. */
export interface SecurityFormState {
  form: 'risk' | 'control';
  values: Record<string, string | string[]>;
  errors: FieldErrors;
}

const stateFor = (state: SecurityFormState | undefined, form: SecurityFormState['form']) =>
  state?.form === form ? state : { values: {} as SecurityFormState['values'], errors: {} as FieldErrors };

const scores = () => ['1', '2', '3', '4'].map((value) => ({ value, label: t(`governance.score.${value}`) }));

export function RiskForm({ action, state }: { action: string; state?: SecurityFormState }) {
  const { values, errors } = stateFor(state, 'risk');
  const field = fieldBinding(values as Record<string, string>, errors);
  const label = (name: string) => t(`governance.risk.${name}`);
  return (
    <>
      <h2 safe>{t('governance.risk.add')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={action} submit={t('governance.risk.save')}>
        <TextArea {...field('threat')} label={label('threat')} rows={2} />
        <CheckboxGroup
          name="affects"
          legend={label('affects')}
          error={errors.affects}
          options={choices(securityProperties, 'governance.property')}
          values={[values.affects ?? []].flat()}
        />
        <SelectField {...field('likelihood')} label={label('likelihood')} options={scores()} />
        <SelectField {...field('consequence')} label={label('consequence')} options={scores()} />
        <TextArea {...field('measures')} label={label('measures')} rows={2} />
        <SelectField {...field('residualLikelihood')} label={label('residualLikelihood')} options={scores()} />
        <SelectField {...field('residualConsequence')} label={label('residualConsequence')} options={scores()} />
        <TextField
          {...field('nextRevision')}
          type="date"
          label={label('nextRevision')}
          hint={t('governance.day.hint')}
        />
      </PostForm>
    </>
  );
}

export function ControlForm({ action, state }: { action: string; state?: SecurityFormState }) {
  const { values, errors } = stateFor(state, 'control');
  const field = fieldBinding(values as Record<string, string>, errors);
  const label = (name: string) => t(`governance.control.${name}`);
  const controls = annexA.map((control) => ({ value: control.code, label: `${control.code} ${control.title}` }));
  const yesNo = [
    { value: 'yes', label: t('governance.yes') },
    { value: 'no', label: t('governance.no') },
  ];
  return (
    <>
      <h2 safe>{t('governance.control.add')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={action} submit={t('governance.control.save')}>
        <SelectField {...field('code')} label={label('code')} options={controls} />
        <SelectField {...field('applicable')} label={label('applicable')} options={yesNo} />
        <TextArea {...field('reason')} label={label('reason')} hint={t('governance.control.reasonHint')} rows={2} />
        <SelectField
          {...field('status')}
          label={label('status')}
          options={choices(controlStatuses, 'governance.controlStatus')}
        />
        <TextArea {...field('evidence')} label={label('evidence')} rows={2} />
        <TextField {...field('nextReview')} type="date" label={label('nextReview')} hint={t('governance.day.hint')} />
      </PostForm>
    </>
  );
}
