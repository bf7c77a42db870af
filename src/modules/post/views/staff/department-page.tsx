import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, Pagination } from '#platform/views/components.tsx';
import type { DepartmentMessageSummary } from '#modules/post/post.types.ts';
import { StatusText } from '../post-components.tsx';
import { paths } from '../paths.ts';
import { DataTable } from '#platform/views/data-table.tsx';

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
      <DataTable
        caption={heading}
        captionHidden
        rows={messages}
        empty={t('post.list.empty')}
        columns={[
          {
            header: t('post.list.subject'),
            cell: (message) => (
              <a href={paths.staffMessage(message.id)} safe>
                {message.subject}
              </a>
            ),
          },
          { header: t('post.staff.recipient'), text: (message) => message.recipientName },
          { header: t('post.list.date'), text: (message) => formatDateTime(message.createdAt) },
          { header: t('post.list.status'), cell: (message) => <StatusText status={message.status} /> },
        ]}
      />
      <Pagination page={page} hasNext={hasNext} baseQuery={view === 'received' ? 'view=received' : ''} />
    </Page>
  );
}
