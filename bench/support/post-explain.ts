import { sql } from 'kysely';
import type { Database } from '#platform/db/database.ts';

/**
 * The inbox page's and the status API's queries as the post repository issues them (same predicates and
 * order), with EXPLAIN (ANALYZE, BUFFERS): printed with BENCH_EXPLAIN=1 to see which index each one uses.
 */
export async function explainInboxQueries(db: Database, mailboxId: string, messageId: string): Promise<void> {
  const queries: Array<[string, string]> = [
    [
      'inbox page: listMailboxMessages',
      `select id, subject, status, created_at from post_messages where mailbox_id = '${mailboxId}' and owner_folder = 'inbox' order by created_at desc, id limit 21 offset 0`,
    ],
    [
      'inbox page: listMailboxMessages with search',
      `select id, subject from post_messages where mailbox_id = '${mailboxId}' and owner_folder = 'inbox' and (subject ilike '%brev%' or body ilike '%brev%' or sender_name ilike '%brev%') order by created_at desc, id limit 21 offset 0`,
    ],
    [
      'inbox page: countUnread',
      `select count(*) from post_messages where mailbox_id = '${mailboxId}' and direction = 'out' and read_at is null and owner_folder = 'inbox'`,
    ],
    [
      'inbox page: currentRegistration',
      `select * from post_registrations where owner_kind = 'person' and owner_id = (select owner_id from post_mailboxes where id = '${mailboxId}') order by id desc limit 1`,
    ],
    ['status API: findMessage', `select * from post_messages where id = '${messageId}'`],
    [
      'replies API: listReplies',
      `select * from post_messages where in_reply_to = '${messageId}' and direction = 'in' order by created_at`,
    ],
    [
      'department mailbox: listDepartmentMessages',
      `select id, subject from post_messages where department_id = (select department_id from post_messages where id = '${messageId}') and direction = 'in' order by created_at desc, id limit 26 offset 0`,
    ],
  ];
  for (const [label, query] of queries) {
    const { rows } = await sql
      .raw<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${query}`)
      .execute(db);
    console.log(`\nEXPLAIN ${label}\n${rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}`);
  }
}
