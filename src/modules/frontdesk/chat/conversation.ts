import type { ChatMessageRow, ConversationRow } from './chat.repository.ts';
import type { ChatAuthor, ConversationStatus } from './chat.tables.ts';

/** A web chat conversation as the pages see it (never a row). */
export interface Conversation {
  id: string;
  purposeCode: string;
  departmentCode: string;
  party: { kind: 'person'; id: string } | { kind: 'business'; id: string } | { kind: 'anonymous' };
  locale: 'da' | 'en';
  status: ConversationStatus;
  staffId: string | null;
  startedAt: Date;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  resolved: boolean | null;
  transcriptSentAt: Date | null;
}

export interface ChatMessage {
  id: number;
  author: ChatAuthor;
  body: string;
  sentAt: Date;
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    purposeCode: row.purpose_code,
    departmentCode: row.department_code,
    party: row.person_id
      ? { kind: 'person', id: row.person_id }
      : row.business_id
        ? { kind: 'business', id: row.business_id }
        : { kind: 'anonymous' },
    locale: row.locale,
    status: row.status,
    staffId: row.staff_id,
    startedAt: row.started_at,
    firstResponseAt: row.first_response_at,
    closedAt: row.closed_at,
    resolved: row.resolved,
    transcriptSentAt: row.transcript_sent_at,
  };
}

export const toChatMessage = (row: ChatMessageRow): ChatMessage => ({
  id: Number(row.id),
  author: row.author,
  body: row.body,
  sentAt: row.sent_at,
});

/** Whole seconds between two instants (never negative). */
export const secondsBetween = (from: Date, to: Date): number =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
