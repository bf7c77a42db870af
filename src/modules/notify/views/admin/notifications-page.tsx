import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, Pagination } from '#platform/views/components.tsx';
import type { NotificationView } from '#modules/notify/delivery.service.ts';
import type { NotificationStatus } from '#modules/notify/notify.repository.ts';

export const adminPaths = {
  notifications: '/admin/notify',
  retry: (id: string) => `/admin/notify/notifications/${id}/retry`,
  templates: '/admin/notify/templates',
  template: (kind: string, channel: string, locale: string) => `/admin/notify/templates/${kind}/${channel}/${locale}`,
  outbox: '/admin/notify/outbox',
};

const statuses: NotificationStatus[] = ['queued', 'sending', 'sent', 'delivered', 'failed', 'dead', 'cancelled'];

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
      {items.length === 0 ? (
        <p>{t('notify.admin.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption>{t('notify.admin.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notify.admin.created')}</th>
                <th scope="col">{t('notify.admin.kind')}</th>
                <th scope="col">{t('notify.history.channel')}</th>
                <th scope="col">{t('notify.admin.recipient')}</th>
                <th scope="col">{t('notify.admin.authority')}</th>
                <th scope="col">{t('notify.admin.status')}</th>
                <th scope="col" class="text-align-right">
                  {t('notify.admin.attempts')}
                </th>
                <th scope="col">{t('notify.admin.lastError')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr>
                  <td>{formatDateTime(item.createdAt)}</td>
                  <td>{t(`notify.kind.${item.kind}`)}</td>
                  <td>{t(`notify.channel.${item.channel}`)}</td>
                  <td safe>{item.recipient}</td>
                  <td safe>{item.authorityCode}</td>
                  <td>{t(`notify.status.${item.status}`)}</td>
                  <td class="text-align-right">{String(item.attempts)}</td>
                  <td safe>{item.lastError ?? ''}</td>
                  <td>
                    {item.status === 'dead' || item.status === 'failed' ? (
                      <form method="post" action={adminPaths.retry(item.id)}>
                        <CsrfField />
                        <button type="submit" class="button button-secondary">
                          {t('notify.admin.retry')}
                          <span class="sr-only">{` ${t('notify.admin.retryFor', { date: formatDateTime(item.createdAt), recipient: item.recipient })}`}</span>
                        </button>
                      </form>
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} hasNext={hasNext} baseQuery={filter ? `status=${filter}` : ''} />
    </Page>
  );
}

export interface OutboxEntryView {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/** Development and test only: the SMS and e-mails that would have been sent, newest first. */
export function OutboxPage({ active, entries }: { active: boolean; entries: OutboxEntryView[] }) {
  return (
    <Page title={t('notify.outbox.title')} backLink={{ href: adminPaths.notifications, label: 'common.back' }}>
      <h1>{t('notify.outbox.title')}</h1>
      <Alert kind="warning" heading={t('notify.outbox.warning')} />
      {!active ? (
        <p>{t('notify.outbox.inactive')}</p>
      ) : entries.length === 0 ? (
        <p>{t('notify.outbox.empty')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption>{t('notify.outbox.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notify.admin.created')}</th>
                <th scope="col">{t('notify.history.channel')}</th>
                <th scope="col">{t('notify.admin.recipient')}</th>
                <th scope="col">{t('notify.outbox.subject')}</th>
                <th scope="col">{t('notify.outbox.text')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr>
                  <td>{formatDateTime(entry.createdAt)}</td>
                  <td>{t(`notify.channel.${entry.channel}`)}</td>
                  <td safe>{entry.recipient}</td>
                  <td safe>{entry.subject}</td>
                  <td class="outbox-text" safe>
                    {entry.text}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
