import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors, PostForm, TextArea } from '#platform/views/components.tsx';
import { chatPaths } from '../../views/paths.ts';
import type { ChatMessage, Conversation } from '../conversation.ts';
import { MAX_CHAT_MESSAGE_LENGTH } from '../chat-text.ts';
import { type LogLabels, MessageLog } from './message-log.tsx';

export interface ConversationView {
  conversation: Conversation;
  messages: ChatMessage[];
  departmentName: string;
  departmentOf: (code: string) => string;
  /** a logged-in citizen or business may have the transcript sent to their digital post */
  loggedIn: boolean;
  anonymousRetentionDays: number;
  notice?: string;
  text?: string;
  errors?: FieldErrors;
}

/**
 * The visitor's conversation: the messages (live through Server-Sent Events with the small chat script; without
 * JavaScript the "Get new messages" link reloads), a form to write, end, and the transcript to digital post.
 */
export function ConversationPage(view: ConversationView) {
  const { conversation, errors = {} } = view;
  const title = t('frontdesk.chat.conversationTitle', { department: view.departmentName });
  const labels: LogLabels = { departmentName: view.departmentName, departmentOf: view.departmentOf, reader: 'visitor' };
  const closed = conversation.status === 'closed';
  return (
    <Page title={title}>
      <h1 safe>{title}</h1>
      <p class="font-lead" id="chat-status" safe>
        {t(`frontdesk.chat.status.${conversation.status}`)}
      </p>
      {view.notice ? (
        <Alert kind="success">
          <span safe>{view.notice}</span>
        </Alert>
      ) : (
        ''
      )}
      <ErrorSummary errors={errors} />
      <MessageLog
        messages={view.messages}
        labels={labels}
        page={chatPaths.conversation(conversation.id)}
        stream={closed ? undefined : chatPaths.events(conversation.id)}
      />
      {closed ? (
        ''
      ) : (
        <>
          <p class="chat-refresh">
            <span safe>{t('frontdesk.chat.refreshHint')}</span>{' '}
            <a href={chatPaths.conversation(conversation.id)} class="function-link">
              {t('frontdesk.chat.refresh')}
            </a>
          </p>
          <PostForm action={chatPaths.write(conversation.id)} submit={t('frontdesk.chat.send')}>
            <TextArea
              name="text"
              label={t('frontdesk.chat.field.text')}
              hint={t('frontdesk.chat.field.textHint', { max: MAX_CHAT_MESSAGE_LENGTH })}
              value={view.text}
              error={errors.text}
              rows={3}
            />
          </PostForm>
          <PostForm action={chatPaths.end(conversation.id)} submit={t('frontdesk.chat.end')} kind="secondary" />
        </>
      )}
      <Transcript view={view} />
      <script src="/static/chat.js" defer></script>
    </Page>
  );
}

function Transcript({ view }: { view: ConversationView }) {
  const { conversation } = view;
  if (!view.loggedIn) return <p safe>{t('frontdesk.chat.anonymousKept', { days: view.anonymousRetentionDays })}</p>;
  if (conversation.transcriptSentAt)
    return <p safe>{t('frontdesk.chat.transcriptDone', { when: formatDateTime(conversation.transcriptSentAt) })}</p>;
  return (
    <PostForm action={chatPaths.transcript(conversation.id)} submit={t('frontdesk.chat.transcript')} kind="secondary" />
  );
}
