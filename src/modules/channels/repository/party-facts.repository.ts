import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { intakeTables } from './telephony.repository.ts';

/** A person's case, learned from `cases.case-created` (once per case). */
export async function insertPartyCase(
  executor: Executor,
  row: { caseId: string; partyId: string; caseTypeCode: string; createdAt: Date },
): Promise<void> {
  await intakeTables(executor)
    .insertInto('channels_party_cases')
    .values({ case_id: row.caseId, party_id: row.partyId, case_type_code: row.caseTypeCode, created_at: row.createdAt })
    .onConflict((conflict) => conflict.column('case_id').doNothing())
    .execute();
}

export async function closePartyCase(executor: Executor, caseId: string, closedAt: Date): Promise<void> {
  await intakeTables(executor)
    .updateTable('channels_party_cases')
    .set({ closed_at: closedAt })
    .where('case_id', '=', caseId)
    .execute();
}

/** A person's digital letter, learned from `post.message-sent` (once per letter). */
export async function insertPartyLetter(
  executor: Executor,
  row: { messageId: string; partyId: string; departmentCode: string; sentAt: Date },
): Promise<void> {
  await intakeTables(executor)
    .insertInto('channels_party_letters')
    .values({
      message_id: row.messageId,
      party_id: row.partyId,
      department_code: row.departmentCode,
      sent_at: row.sentAt,
    })
    .onConflict((conflict) => conflict.column('message_id').doNothing())
    .execute();
}

export async function markLetterRead(executor: Executor, messageId: string, readAt: Date): Promise<void> {
  await intakeTables(executor)
    .updateTable('channels_party_letters')
    .set({ read_at: readAt })
    .where('message_id', '=', messageId)
    .where('read_at', 'is', null)
    .execute();
}

/** Whether the person has a case on "my cases" (open, or closed since `closedSince`). */
export async function hasVisibleCase(executor: Executor, partyId: string, closedSince: Date): Promise<boolean> {
  const row = await intakeTables(executor)
    .selectFrom('channels_party_cases')
    .select(sql<number>`1`.as('found'))
    .where('party_id', '=', partyId)
    .where((where) => where.or([where('closed_at', 'is', null), where('closed_at', '>=', closedSince)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the person has an unread letter from the department sent since `sentSince`. */
export async function hasUnreadLetter(
  executor: Executor,
  partyId: string,
  departmentCode: string,
  sentSince: Date,
): Promise<boolean> {
  const row = await intakeTables(executor)
    .selectFrom('channels_party_letters')
    .select(sql<number>`1`.as('found'))
    .where('party_id', '=', partyId)
    .where('department_code', '=', departmentCode)
    .where('sent_at', '>=', sentSince)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Contacts flagged as failure demand per purpose in a period of Danish days (inbound), from the daily rollup. */
export async function failureDemandCounts(
  executor: Executor,
  from: string,
  to: string,
): Promise<Map<string | null, number>> {
  const rows = await intakeTables(executor)
    .selectFrom('channels_inquiry_days')
    .select(['purpose_code', sql<string>`sum(failure_demand)::text`.as('count')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('direction', '=', 'inbound')
    .where('failure_demand', '>', 0)
    .groupBy('purpose_code')
    .execute();
  return new Map(rows.map((row) => [row.purpose_code || null, Number(row.count)]));
}
