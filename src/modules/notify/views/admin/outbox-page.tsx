import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import { type Column, DataTable, type DataTableProps } from '#platform/views/data-table.tsx';
import { adminPaths } from './admin-paths.ts';

export interface OutboxEntryView {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/** The list's table: its caption, empty text, columns and row actions. */
function outboxTable(): Omit<DataTableProps<OutboxEntryView>, 'rows'> {
  const columns: Array<Column<OutboxEntryView>> = [
    { header: t('notify.admin.created'), text: (entry) => formatDateTime(entry.createdAt) },
    { header: t('notify.history.channel'), text: (entry) => t(`notify.channel.${entry.channel}`) },
    { header: t('notify.admin.recipient'), text: (entry) => entry.recipient },
    { header: t('notify.outbox.subject'), text: (entry) => entry.subject },
    { header: t('notify.outbox.text'), class: 'outbox-text', text: (entry) => entry.text },
  ];
  return { caption: t('notify.outbox.caption'), empty: t('notify.outbox.empty'), columns };
}

/** Development and test only: the SMS and e-mails that would have been sent, newest first. */
export function OutboxPage({ active, entries }: { active: boolean; entries: OutboxEntryView[] }) {
  return (
    <Page title={t('notify.outbox.title')} backLink={{ href: adminPaths.notifications, label: 'common.back' }}>
      <h1>{t('notify.outbox.title')}</h1>
      <Alert kind="warning" heading={t('notify.outbox.warning')} />
      {active ? <DataTable {...outboxTable()} rows={entries} /> : <p>{t('notify.outbox.inactive')}</p>}
    </Page>
  );
}
