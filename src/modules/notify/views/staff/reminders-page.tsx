import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import { reminderPaths } from './reminder-form.ts';
import type { ReminderView } from '#modules/notify/reminder.service.ts';
import { type Column, DataTable, type DataTableProps } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';

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
