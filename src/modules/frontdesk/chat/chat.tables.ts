import type { Generated } from 'kysely';

export interface ChatTopicTable {
  purpose_code: string;
  department_code: string;
  anonymous: boolean;
}
export interface ChatHoursTable {
  department_code: string;
  weekday: number;
  opens: string;
  closes: string;
}
export interface ChatAnswerTable {
  id: Generated<string>;
  purpose_code: string;
  position: number;
  title_da: string;
  title_en: string;
  body_da: string;
  body_en: string;
}
export type ConversationStatus = 'waiting' | 'active' | 'closed';
export interface ConversationTable {
  id: Generated<string>;
  purpose_code: string;
  department_code: string;
  person_id: string | null;
  business_id: string | null;
  visitor_hash: string | null;
  locale: 'da' | 'en';
  status: ConversationStatus;
  staff_id: string | null;
  started_at: Date;
  first_response_at: Date | null;
  closed_at: Date | null;
  closed_by: 'staff' | 'visitor' | null;
  resolved: boolean | null;
  transcript_sent_at: Date | null;
  purged_at: Date | null;
}
export type ChatAuthor = 'visitor' | 'staff' | 'system';
export interface ChatMessageTable {
  id: Generated<number>;
  conversation_id: string;
  author: ChatAuthor;
  staff_id: string | null;
  body: string;
  sent_at: Date;
}

/** The web chat's tables (frontdesk owns them; no other module reads them). */
export type ChatTables = {
  frontdesk_chat_topics: ChatTopicTable;
  frontdesk_chat_hours: ChatHoursTable;
  frontdesk_chat_answers: ChatAnswerTable;
  frontdesk_chat_conversations: ConversationTable;
  frontdesk_chat_messages: ChatMessageTable;
};
