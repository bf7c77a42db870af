import type { Executor } from '#platform/db/database.ts';
import { tables, type NemSmsTable } from './post.tables.ts';

// MeMo documents kept with the letters they became, and NemSMS messages until notify has sent them.

export const insertMemoDocument = (
  executor: Executor,
  document: { message_id: string; memo_version: string; xml: string; details: unknown },
) =>
  tables(executor)
    .insertInto('post_memo_documents')
    .values({ ...document, details: JSON.stringify(document.details) })
    .execute();

export const findMemoDocument = (executor: Executor, messageId: string) =>
  tables(executor)
    .selectFrom('post_memo_documents')
    .select(['message_id', 'memo_version', 'xml'])
    .where('message_id', '=', messageId)
    .executeTakeFirst();

/** The page facts of those of the given letters that arrived as MeMo. */
export const listMemoDetails = async (executor: Executor, messageIds: string[]) =>
  messageIds.length === 0
    ? []
    : tables(executor)
        .selectFrom('post_memo_documents')
        .select(['message_id', 'details'])
        .where('message_id', 'in', messageIds)
        .execute();

export const insertNemSms = (executor: Executor, sms: Omit<NemSmsTable, 'created_at'>) =>
  tables(executor).insertInto('post_nem_sms').values(sms).returningAll().executeTakeFirstOrThrow();

export const findNemSms = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_nem_sms').selectAll().where('id', '=', id).executeTakeFirst();
