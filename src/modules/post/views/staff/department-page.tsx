import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, Pagination } from '#platform/views/components.tsx';
import type { DepartmentMessageSummary } from '#modules/post/post.types.ts';
import { StatusText } from '../post-components.tsx';
import { paths } from '../paths.ts';

export function DepartmentMailboxPage({
  view,
  messages,
  hasNext,
  page,
  departmentName,
  notice,
}: {
  view: 'sent' | 'received';
  messages: DepartmentMessageSummary[];
  hasNext: boolean;
  page: number;
  departmentName: { da: string; en: string };
  notice?: string;
}) {
  const heading = t(view === 'sent' ? 'post.staff.sent' : 'post.staff.received');
  return (
    <Page title={`${t('post.staff.title')}: ${heading}`}>
      <h1>{t('post.staff.title')}</h1>
      {notice ? <Alert kind="success" heading={t(notice)} /> : ''}
      <p class="font-lead" safe>
        {t('post.staff.lead', { department: departmentName[currentLocale()] })}
      </p>
      <p>
        <a class="button button-primary" href={paths.staffNew}>
          {t('post.staff.new')}
        </a>
      </p>
      <nav aria-label={t('post.folders')}>
        <ul class="nobullet-list d-flex">
          <li class="mr-5">
            <a href={paths.staffReceived} aria-current={view === 'received' ? 'page' : undefined}>
              {t('post.staff.received')}
            </a>
          </li>
          <li class="mr-5">
            <a href={paths.staff} aria-current={view === 'sent' ? 'page' : undefined}>
              {t('post.staff.sent')}
            </a>
          </li>
        </ul>
      </nav>
      <h2>{heading}</h2>
      {messages.length === 0 ? (
        <p>{t('post.list.empty')}</p>
      ) : (
        <table class="table table--zebra">
          <caption class="sr-only">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t('post.list.subject')}</th>
              <th scope="col">{t('post.staff.recipient')}</th>
              <th scope="col">{t('post.list.date')}</th>
              <th scope="col">{t('post.list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr>
                <td>
                  <a href={paths.staffMessage(message.id)} safe>
                    {message.subject}
                  </a>
                </td>
                <td safe>{message.recipientName}</td>
                <td>{formatDateTime(message.createdAt)}</td>
                <td>
                  <StatusText status={message.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} hasNext={hasNext} baseQuery={view === 'received' ? 'view=received' : ''} />
    </Page>
  );
}
