import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  ErrorSummary,
  fieldBinding,
  PostForm,
  TextArea,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import type { ReminderView } from '#modules/notify/reminder.service.ts';
import { type Column, DataTable, type DataTableProps } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';

export const reminderPaths = {
  list: '/staff/reminders',
  create: '/staff/reminders/new',
  cancel: (id: string) => `/staff/reminders/${id}/cancel`,
};

export interface ReminderForm {
  cpr: string;
  date: string;
  time: string;
  place: string;
  text: string;
  leadTimeHours: string;
  caseId: string;
}
export const emptyReminderForm: ReminderForm = {
  cpr: '',
  date: '',
  time: '',
  place: '',
  text: '',
  leadTimeHours: '24',
  caseId: '',
};

/** The list's table: its caption, empty text, columns and row actions. */
function reminderTable(): Omit<DataTableProps<ReminderView>, 'rows'> {
  const columns: Array<Column<ReminderView>> = [
    { header: t('notify.reminders.startsAt'), text: (reminder) => formatDateTime(reminder.startsAt) },
    { header: t('notify.reminders.place'), text: (reminder) => reminder.place },
    { header: t('notify.reminders.text'), text: (reminder) => reminder.text },
    { header: t('notify.reminders.sendAt'), text: (reminder) => formatDateTime(reminder.sendAt) },
    { header: t('notify.reminders.case'), text: (reminder) => reminder.caseId ?? '–' },
    { header: t('notify.admin.status'), text: (reminder) => t(`notify.reminderStatus.${reminder.status}`) },
  ];
  const actions = (reminder: ReminderView) => (
    <RowAction
      when={reminder.status === 'scheduled'}
      action={reminderPaths.cancel(reminder.id)}
      label={t('notify.reminders.cancel')}
      subject={t('notify.reminders.cancelFor', { date: formatDateTime(reminder.startsAt) })}
    />
  );
  return { caption: t('notify.reminders.caption'), empty: t('notify.reminders.none'), columns, actions };
}

/** Staff: upcoming reminders (no recipient shown: the list is no look-up of people) with a cancel button. */
export function RemindersPage({
  reminders,
  notice,
}: {
  reminders: ReminderView[];
  notice?: 'scheduled' | 'cancelled';
}) {
  return (
    <Page title={t('notify.reminders.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('notify.reminders.title')}</h1>
      <p class="font-lead">{t('notify.reminders.lead')}</p>
      {notice ? <Alert kind="success" heading={t(`notify.reminders.notice.${notice}`)} /> : ''}
      <p>
        <a class="button button-primary" href={reminderPaths.create}>
          {t('notify.reminders.new')}
        </a>
      </p>
      <DataTable {...reminderTable()} rows={reminders} />
    </Page>
  );
}

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
