import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { copenhagenClock, copenhagenDay } from '../copenhagen-clock.ts';
import { dayLabel } from '../views/format.ts';
import type { ChatMessage, Conversation } from './conversation.ts';

/** When the chat opens, in the reader's language ("mandag 7. december 2026 kl. 09:00"). */
export const openingText = (opensAt: Date): string =>
  t('frontdesk.chat.opensAt', { day: dayLabel(copenhagenDay(opensAt)), time: copenhagenClock(opensAt) });

/** Who wrote a message, as the visitor reads it ("Dig", the department, or nobody for a notice). */
export function authorLabel(message: ChatMessage, departmentName: string, reader: 'visitor' | 'staff'): string {
  if (message.author === 'visitor')
    return t(reader === 'visitor' ? 'frontdesk.chat.author.you' : 'frontdesk.chat.author.visitor');
  if (message.author === 'staff') return departmentName;
  return t('frontdesk.chat.author.system');
}

/** A notice's text ("taken", "transferred:<department>", "closed:<by>") in the reader's language. */
export function systemText(body: string, departmentName: (code: string) => string): string {
  const [kind, detail = ''] = body.split(':');
  if (kind === 'transferred') return t('frontdesk.chat.notice.transferred', { department: departmentName(detail) });
  if (kind === 'closed') return t(`frontdesk.chat.notice.closed.${detail === 'visitor' ? 'visitor' : 'staff'}`);
  return t('frontdesk.chat.notice.taken');
}

/** The text a message shows: its own words, or a notice's text. */
export const messageText = (message: ChatMessage, departmentName: (code: string) => string): string =>
  message.author === 'system' ? systemText(message.body, departmentName) : message.body;

/** The transcript letter (plain text) in the language the citizen reads when asking for it. */
export function transcriptLetter(input: {
  conversation: Conversation;
  messages: ChatMessage[];
  departmentName: { da: string; en: string };
  topicName?: { da: string; en: string };
}): { subject: string; body: string } {
  const { conversation } = input;
  const locale = currentLocale();
  const department = input.departmentName[locale];
  const day = dayLabel(copenhagenDay(conversation.startedAt));
  const lines = input.messages.map(
    (message) =>
      `${copenhagenClock(message.sentAt)} ${authorLabel(message, department, 'visitor')}: ${messageText(message, () => department)}`,
  );
  const subject = t('frontdesk.chat.transcript.subject', { department, day });
  const intro = t('frontdesk.chat.transcript.intro', {
    department,
    day,
    topic: input.topicName?.[locale] ?? conversation.purposeCode,
  });
  return { subject, body: `${intro}\n\n${lines.join('\n')}\n` };
}
