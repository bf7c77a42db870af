import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, Pagination } from '#platform/views/components.tsx';
import type { NotificationView } from '#modules/notify/delivery.service.ts';
import type { NotificationStatus } from '#modules/notify/notify.repository.ts';
import { type Column, DataTable, type DataTableProps } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import { adminPaths } from './admin-paths.ts';

const statuses: NotificationStatus[] = ['queued', 'sending', 'sent', 'delivered', 'failed', 'dead', 'cancelled'];

/** The list's table: its caption, empty text, columns and row actions. */
function notificationTable(): Omit<DataTableProps<NotificationView>, 'rows'> {
  const columns: Array<Column<NotificationView>> = [
    { header: t('notify.admin.created'), text: (item) => formatDateTime(item.createdAt) },
    { header: t('notify.admin.kind'), text: (item) => t(`notify.kind.${item.kind}`) },
    { header: t('notify.history.channel'), text: (item) => t(`notify.channel.${item.channel}`) },
    { header: t('notify.admin.recipient'), text: (item) => item.recipient },
    { header: t('notify.admin.authority'), text: (item) => item.authorityCode },
    { header: t('notify.admin.status'), text: (item) => t(`notify.status.${item.status}`) },
    { header: t('notify.admin.attempts'), numeric: true, text: (item) => item.attempts },
    { header: t('notify.admin.lastError'), text: (item) => item.lastError ?? '' },
  ];
  const actions = (item: NotificationView) => (
    <RowAction
      when={item.status === 'dead' || item.status === 'failed'}
      action={adminPaths.retry(item.id)}
      label={t('notify.admin.retry')}
      subject={t('notify.admin.retryFor', { date: formatDateTime(item.createdAt), recipient: item.recipient })}
    />
  );
  return { caption: t('notify.admin.caption'), empty: t('notify.admin.none'), columns, actions };
}

/** Administrators: notifications by status, the dead letters with a retry button, links to templates and the outbox. */
export function NotificationsPage({
  items,
  counts,
  filter,
  page,
  hasNext,
  outboxActive,
  notice,
}: {
  items: NotificationView[];
  counts: Record<string, number>;
  filter?: NotificationStatus;
  page: number;
  hasNext: boolean;
  outboxActive: boolean;
  notice?: 'retried';
}) {
  return (
    <Page title={t('notify.admin.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('notify.admin.title')}</h1>
      <p class="font-lead">{t('notify.admin.lead')}</p>
      {notice ? <Alert kind="success" heading={t('notify.admin.retried')} /> : ''}
      <ul>
        <li>
          <a href={adminPaths.templates}>{t('notify.templates.title')}</a>
        </li>
        {outboxActive ? (
          <li>
            <a href={adminPaths.outbox}>{t('notify.outbox.title')}</a>
          </li>
        ) : (
          ''
        )}
      </ul>
      <h2>{t('notify.admin.byStatus')}</h2>
      <ul class="nobullet-list">
        <li>
          {filter ? (
            <a href={adminPaths.notifications}>{t('notify.admin.all')}</a>
          ) : (
            <strong>{t('notify.admin.all')}</strong>
          )}
        </li>
        {statuses.map((status) => (
          <li>
            {filter === status ? (
              <strong>{t(`notify.status.${status}`)}</strong>
            ) : (
              <a href={`${adminPaths.notifications}?status=${status}`}>{t(`notify.status.${status}`)}</a>
            )}{' '}
            ({String(counts[status] ?? 0)})
          </li>
        ))}
      </ul>
      <h2>
        {filter ? t('notify.admin.listFiltered', { status: t(`notify.status.${filter}`) }) : t('notify.admin.list')}
      </h2>
      <DataTable {...notificationTable()} rows={items} />
      <Pagination page={page} hasNext={hasNext} baseQuery={filter ? `status=${filter}` : ''} />
    </Page>
  );
}
