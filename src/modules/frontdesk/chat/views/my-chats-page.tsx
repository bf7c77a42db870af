import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import { chatPaths } from '../../views/paths.ts';
import type { Conversation } from '../conversation.ts';

/** "My chats" on my page: the logged-in visitor's own conversations, newest first. */
export function MyChatsPage({
  conversations,
  topicName,
}: {
  conversations: Conversation[];
  topicName: (code: string) => string;
}) {
  return (
    <Page title={t('frontdesk.chat.mine.title')} backLink={{ href: '/my', label: 'common.back' }}>
      <h1>{t('frontdesk.chat.mine.title')}</h1>
      <DataTable
        caption={t('frontdesk.chat.mine.title')}
        captionHidden
        empty={t('frontdesk.chat.mine.empty')}
        rows={conversations}
        columns={[
          { header: t('frontdesk.chat.field.topic'), rowHeader: true, text: (row) => topicName(row.purposeCode) },
          { header: t('frontdesk.chat.field.started'), text: (row) => formatDateTime(row.startedAt) },
          { header: t('frontdesk.chat.field.status'), text: (row) => t(`frontdesk.chat.state.${row.status}`) },
        ]}
        actions={(row) => (
          <RowLink
            href={chatPaths.conversation(row.id)}
            label={t('frontdesk.chat.mine.show')}
            subject={`${topicName(row.purposeCode)} ${formatDateTime(row.startedAt)}`}
          />
        )}
      />
    </Page>
  );
}
