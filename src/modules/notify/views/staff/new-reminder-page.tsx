import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  ErrorSummary,
  fieldBinding,
  PostForm,
  TextArea,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import { type ReminderForm, reminderPaths } from './reminder-form.ts';

/** Staff schedule a reminder for an appointment: whom (CPR), when, where, what, and how long before. */
export function NewReminderPage({ form, errors }: { form: ReminderForm; errors: FieldErrors }) {
  const field = fieldBinding(form, errors);
  // a required field of digits, labelled and hinted by `notify.reminders.<key>` and `<key>Hint`
  const numberField = (name: 'cpr' | 'leadTimeHours', key: 'cpr' | 'leadTime') => ({
    ...field(name),
    label: t(`notify.reminders.${key}`),
    hint: t(`notify.reminders.${key}Hint`),
    inputmode: 'numeric',
    required: true,
  });
  return (
    <Page title={t('notify.reminders.new')} backLink={{ href: reminderPaths.list, label: 'common.back' }}>
      <h1>{t('notify.reminders.new')}</h1>
      <p>{t('notify.reminders.newLead')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={reminderPaths.list} submit={t('notify.reminders.schedule')} novalidate>
        <TextField {...numberField('cpr', 'cpr')} autocomplete="off" classes="input-width-s" />
        {(['date', 'time'] as const).map((name) => (
          <TextField
            {...field(name)}
            type={name}
            label={t(`notify.reminders.${name}`)}
            classes={name === 'date' ? 'input-width-s' : 'input-width-xs'}
            required
          />
        ))}
        <TextField {...field('place')} label={t('notify.reminders.place')} required />
        <TextArea
          {...field('text')}
          label={t('notify.reminders.text')}
          hint={t('notify.reminders.textHint')}
          rows={3}
          required
        />
        <TextField {...numberField('leadTimeHours', 'leadTime')} classes="input-width-xs" />
        <TextField {...field('caseId')} label={t('notify.reminders.caseOptional')} classes="input-width-m" />
      </PostForm>
    </Page>
  );
}
