import { t } from '#platform/i18n/i18n.ts';
import { copenhagenClock } from '../../copenhagen-clock.ts';
import type { ChatMessage } from '../conversation.ts';
import { authorLabel, messageText } from '../transcript.ts';

export interface LogLabels {
  /** the answering department's name in the reader's language */
  departmentName: string;
  /** a department's name by code (notices of a transfer) */
  departmentOf: (code: string) => string;
  reader: 'visitor' | 'staff';
}

/** One message as a list item: who, when, and the text (always escaped: chat text is never HTML). */
export function MessageItem({ message, labels }: { message: ChatMessage; labels: LogLabels }) {
  const author = authorLabel(message, labels.departmentName, labels.reader);
  return (
    <li class={`chat-message chat-message--${message.author}`} data-id={String(message.id)}>
      <p class="chat-message-meta">
        <strong safe>{author}</strong>{' '}
        <time datetime={message.sentAt.toISOString()}>{copenhagenClock(message.sentAt)}</time>
      </p>
      <p class="chat-message-text" style="white-space: pre-wrap" safe>
        {messageText(message, labels.departmentOf)}
      </p>
    </li>
  );
}

/**
 * The conversation's messages, a list inside a log region: a screen reader announces each new message the live
 * stream adds (`role="log"`, polite). `stream` is the Server-Sent Events address the small script listens to.
 */
export function MessageLog({
  messages,
  labels,
  stream,
  page,
}: {
  messages: ChatMessage[];
  labels: LogLabels;
  stream?: string;
  /** the conversation's page, shown again when it ends */
  page: string;
}) {
  const last = messages.at(-1)?.id ?? 0;
  return (
    <section aria-labelledby="chat-messages-heading">
      <h2 id="chat-messages-heading">{t('frontdesk.chat.messages')}</h2>
      <div role="log" aria-live="polite" aria-labelledby="chat-messages-heading">
        <ol
          class="chat-log"
          id="chat-log"
          data-chat-stream={stream}
          data-chat-after={String(last)}
          data-chat-page={page}
        >
          {messages.map((message) => (
            <MessageItem message={message} labels={labels} />
          ))}
        </ol>
      </div>
      {messages.length ? '' : <p safe>{t('frontdesk.chat.noMessages')}</p>}
    </section>
  );
}
