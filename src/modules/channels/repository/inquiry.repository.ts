import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { ChannelCode } from '../channel-codes.ts';
import { countsAsContact } from '../channel-codes.ts';
import type { DayCount } from '../channel-figures.ts';
import type { InquiryInput } from '../inquiry.types.ts';
import { tables } from './purpose.repository.ts';

const toRow = (input: InquiryInput) => ({
  source_key: input.sourceKey,
  source: input.source,
  purpose_code: input.purposeCode,
  channel: input.channel,
  direction: input.direction,
  outcome: input.outcome,
  occurred_at: input.occurredAt,
  party_kind: input.party.kind,
  party_id: input.party.id ?? null,
  actor_kind: input.actor.kind,
  actor_id: input.actor.id ?? null,
  department_code: input.departmentCode ?? null,
  object_kind: input.object?.kind ?? null,
  object_id: input.object?.id ?? null,
  resolved_first_contact: input.resolvedFirstContact ?? null,
  could_be_digital: input.couldBeDigital ?? null,
  digital_help: input.digitalHelp ?? null,
  note: input.note ?? null,
  count: input.count ?? 1,
  failure_demand: input.failureDemand ?? null,
});

/** Registers contacts; one whose source key is registered already is skipped. Returns the ids registered. */
export async function insertInquiries(executor: Executor, inputs: readonly InquiryInput[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const rows = await tables(executor)
    .insertInto('channels_inquiries')
    .values(inputs.map(toRow))
    .onConflict((conflict) => conflict.column('source_key').doNothing())
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Contacts per purpose, channel and Danish day in a period of Danish days (inclusive). */
export async function dayCounts(executor: Executor, from: string, to: string): Promise<DayCount[]> {
  const day = sql<string>`((occurred_at at time zone 'Europe/Copenhagen')::date)::text`;
  const rows = await tables(executor)
    .selectFrom('channels_inquiries')
    .select(['purpose_code', 'channel', 'outcome', day.as('day'), sql<string>`sum(count)::text`.as('count')])
    .where(sql<boolean>`(occurred_at at time zone 'Europe/Copenhagen')::date between ${from}::date and ${to}::date`)
    .where('direction', '=', 'inbound')
    .groupBy(['purpose_code', 'channel', 'outcome', day])
    .execute();
  return rows
    .filter((row) => countsAsContact(row.outcome))
    .map((row) => ({
      purposeCode: row.purpose_code,
      channel: row.channel as ChannelCode,
      day: row.day,
      count: Number(row.count),
    }));
}

/** How many contacts were registered today by this staff member (the registration page shows it). */
export async function countByActorSince(executor: Executor, actorId: string, since: Date): Promise<number> {
  const row = await tables(executor)
    .selectFrom('channels_inquiries')
    .select(sql<string>`coalesce(sum(count), 0)::text`.as('count'))
    .where('actor_id', '=', actorId)
    .where('direction', '=', 'inbound') // a self-service link sent after a contact is not another contact
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
