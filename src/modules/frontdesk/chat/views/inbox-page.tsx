import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import { RowAction, RowLink } from '#platform/views/row-action.tsx';
import { clock } from '../../views/format.ts';
import { chatPaths } from '../../views/paths.ts';
import type { Conversation } from '../conversation.ts';
import { type ChatFigures, duration } from './chat-figures.ts';

export interface InboxView {
  departmentName?: string;
  open: Conversation[];
  closed: Conversation[];
  figures: ChatFigures;
  now: Date;
  staffId: string;
  topicName: (code: string) => string;
  notice?: string;
}

/**
 * The department's chat inbox: open conversations, the longest waiting first, with take or open; today's ended
 * ones with their first-response and resolution times. The response asks the browser to reload every 15 seconds.
 */
export function InboxPage(view: InboxView) {
  const title = t('frontdesk.chat.inbox.title');
  const waited = (row: Conversation) => duration((view.now.getTime() - row.startedAt.getTime()) / 1000);
  return (
    <Page title={title} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{title}</h1>
      {view.notice ? (
        <Alert kind="success">
          <span safe>{view.notice}</span>
        </Alert>
      ) : (
        ''
      )}
      {view.departmentName === undefined ? (
        <p>{t('frontdesk.chat.inbox.noDepartment')}</p>
      ) : (
        <>
          <p class="font-lead" safe>
            {t('frontdesk.chat.inbox.figures', {
              count: view.figures.count,
              firstResponse: view.figures.averageFirstResponse,
              resolved: view.figures.resolved,
            })}
          </p>
          <p safe>{t('frontdesk.chat.inbox.autoRefresh')}</p>
          <TableSection
            heading={t('frontdesk.chat.inbox.open')}
            empty={t('frontdesk.chat.inbox.empty')}
            rows={view.open}
            columns={[
              {
                header: t('frontdesk.chat.field.topic'),
                rowHeader: true,
                text: (row) => view.topicName(row.purposeCode),
              },
              { header: t('frontdesk.chat.field.started'), text: (row) => clock(row.startedAt) },
              { header: t('frontdesk.chat.field.waited'), text: waited },
              { header: t('frontdesk.chat.field.status'), text: (row) => t(`frontdesk.chat.state.${row.status}`) },
            ]}
            actions={(row) => (
              <>
                <RowAction
                  action={chatPaths.take(row.id)}
                  label={t('frontdesk.chat.take')}
                  subject={`${view.topicName(row.purposeCode)} ${clock(row.startedAt)}`}
                  kind="primary"
                  small
                  inline
                  when={row.status === 'waiting'}
                />{' '}
                <RowLink
                  href={chatPaths.staffConversation(row.id)}
                  label={t('frontdesk.chat.open')}
                  subject={`${view.topicName(row.purposeCode)} ${clock(row.startedAt)}`}
                />
              </>
            )}
          />
          <TableSection
            heading={t('frontdesk.chat.inbox.closed')}
            empty={t('frontdesk.chat.inbox.noneClosed')}
            rows={view.closed}
            columns={[
              {
                header: t('frontdesk.chat.field.topic'),
                rowHeader: true,
                text: (row) => view.topicName(row.purposeCode),
              },
              { header: t('frontdesk.chat.field.started'), text: (row) => clock(row.startedAt) },
              {
                header: t('frontdesk.chat.field.firstResponse'),
                text: (row) =>
                  row.firstResponseAt
                    ? duration((row.firstResponseAt.getTime() - row.startedAt.getTime()) / 1000)
                    : '–',
              },
              {
                header: t('frontdesk.chat.field.resolution'),
                text: (row) => duration(((row.closedAt ?? view.now).getTime() - row.startedAt.getTime()) / 1000),
              },
              {
                header: t('frontdesk.chat.field.resolved'),
                text: (row) => t(row.resolved ? 'frontdesk.chat.yes' : 'frontdesk.chat.no'),
              },
            ]}
          />
        </>
      )}
    </Page>
  );
}
