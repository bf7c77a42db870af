import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type {
  ChatAnswerTable,
  ChatHoursTable,
  ChatMessageTable,
  ChatTables,
  ChatTopicTable,
  ConversationTable,
} from './chat.tables.ts';

export const chatTables = (executor: Executor) => executor.withTables<ChatTables>();

export type ConversationRow = Omit<ConversationTable, 'id'> & { id: string };
export type ChatMessageRow = Omit<ChatMessageTable, 'id'> & { id: number };
export type ChatAnswerRow = Omit<ChatAnswerTable, 'id'> & { id: string };

export const listTopics = (executor: Executor): Promise<ChatTopicTable[]> =>
  chatTables(executor).selectFrom('frontdesk_chat_topics').selectAll().orderBy('purpose_code').execute();

export const hoursOf = (executor: Executor, departmentCode: string): Promise<ChatHoursTable[]> =>
  chatTables(executor)
    .selectFrom('frontdesk_chat_hours')
    .selectAll()
    .where('department_code', '=', departmentCode)
    .orderBy('weekday')
    .orderBy('opens')
    .execute();

export const answersFor = (executor: Executor, purposeCode: string) =>
  chatTables(executor)
    .selectFrom('frontdesk_chat_answers')
    .selectAll()
    .where('purpose_code', '=', purposeCode)
    .orderBy('position')
    .execute() as Promise<ChatAnswerRow[]>;

/** The chat's configuration rows (demo data and tests); existing rows are left as they are. */
export async function insertChatSetup(
  executor: Executor,
  setup: { topics: ChatTopicTable[]; hours: ChatHoursTable[]; answers: Array<Omit<ChatAnswerTable, 'id'>> },
): Promise<void> {
  const db = chatTables(executor);
  if (setup.topics.length)
    await db
      .insertInto('frontdesk_chat_topics')
      .values(setup.topics)
      .onConflict((c) => c.doNothing())
      .execute();
  if (setup.hours.length) await db.insertInto('frontdesk_chat_hours').values(setup.hours).execute();
  if (setup.answers.length) await db.insertInto('frontdesk_chat_answers').values(setup.answers).execute();
}

export const insertConversation = (executor: Executor, row: Omit<ConversationTable, 'id'>) =>
  chatTables(executor)
    .insertInto('frontdesk_chat_conversations')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<ConversationRow>;

export const findConversation = (executor: Executor, id: string, lock = false) => {
  const query = chatTables(executor).selectFrom('frontdesk_chat_conversations').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst() as Promise<ConversationRow | undefined>;
};

export const updateConversation = (
  executor: Executor,
  id: string,
  changes: Partial<Omit<ConversationTable, 'id' | 'purpose_code' | 'person_id' | 'business_id' | 'started_at'>>,
) =>
  chatTables(executor)
    .updateTable('frontdesk_chat_conversations')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<ConversationRow>;

/** A party's open conversation (waiting or active), newest first. */
export const openConversationOf = (
  executor: Executor,
  party: { column: 'person_id' | 'business_id' | 'visitor_hash'; value: string },
) =>
  chatTables(executor)
    .selectFrom('frontdesk_chat_conversations')
    .selectAll()
    .where(party.column, '=', party.value)
    .where('status', '!=', 'closed')
    .orderBy('started_at', 'desc')
    .executeTakeFirst() as Promise<ConversationRow | undefined>;

/** A party's conversations, newest first. */
export const conversationsOf = (executor: Executor, column: 'person_id' | 'business_id', value: string) =>
  chatTables(executor)
    .selectFrom('frontdesk_chat_conversations')
    .selectAll()
    .where(column, '=', value)
    .orderBy('started_at', 'desc')
    .limit(100)
    .execute() as Promise<ConversationRow[]>;

/** How many conversations a party started since an instant (the start limit). */
export async function startedSince(
  executor: Executor,
  party: { column: 'person_id' | 'business_id' | 'visitor_hash'; value: string },
  since: Date,
): Promise<number> {
  const row = await chatTables(executor)
    .selectFrom('frontdesk_chat_conversations')
    .select(sql<number>`count(*)::int`.as('count'))
    .where(party.column, '=', party.value)
    .where('started_at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** A department's open conversations, the longest waiting first. */
export const inboxOf = (executor: Executor, departmentCode: string) =>
  chatTables(executor)
    .selectFrom('frontdesk_chat_conversations')
    .selectAll()
    .where('department_code', '=', departmentCode)
    .where('status', '!=', 'closed')
    .orderBy('started_at')
    .limit(500)
    .execute() as Promise<ConversationRow[]>;

/** A department's conversations closed since an instant (the day's response times). */
export const closedSince = (executor: Executor, departmentCode: string, since: Date) =>
  chatTables(executor)
    .selectFrom('frontdesk_chat_conversations')
    .selectAll()
    .where('department_code', '=', departmentCode)
    .where('status', '=', 'closed')
    .where('closed_at', '>=', since)
    .orderBy('closed_at', 'desc')
    .limit(500)
    .execute() as Promise<ConversationRow[]>;

export const insertMessage = (executor: Executor, row: Omit<ChatMessageTable, 'id'>) =>
  chatTables(executor)
    .insertInto('frontdesk_chat_messages')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<ChatMessageRow>;

/** A conversation's messages after a message id (0: all), in order. */
export const messagesAfter = (executor: Executor, conversationId: string, afterId = 0) =>
  chatTables(executor)
    .selectFrom('frontdesk_chat_messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(1000)
    .execute() as Promise<ChatMessageRow[]>;

/** How many messages the visitor wrote in a conversation since an instant (the flood limit). */
export async function visitorMessagesSince(executor: Executor, conversationId: string, since: Date) {
  const row = await chatTables(executor)
    .selectFrom('frontdesk_chat_messages')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('conversation_id', '=', conversationId)
    .where('author', '=', 'visitor')
    .where('sent_at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * Deletes the messages of anonymous conversations closed before an instant and forgets the visitor's browser;
 * the conversation row keeps its times for the figures. Returns how many conversations were purged.
 */
export async function purgeAnonymous(executor: Executor, closedBefore: Date, now: Date): Promise<number> {
  const db = chatTables(executor);
  const ids = (
    await db
      .selectFrom('frontdesk_chat_conversations')
      .select('id')
      .where('visitor_hash', 'is not', null)
      .where('status', '=', 'closed')
      .where('closed_at', '<', closedBefore)
      .execute()
  ).map((row) => row.id);
  if (!ids.length) return 0;
  await db.deleteFrom('frontdesk_chat_messages').where('conversation_id', 'in', ids).execute();
  await db
    .updateTable('frontdesk_chat_conversations')
    .set({ visitor_hash: null, purged_at: now })
    .where('id', 'in', ids)
    .execute();
  return ids.length;
}
