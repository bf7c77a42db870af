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

const danishDate = sql<string>`(occurred_at at time zone 'Europe/Copenhagen')::date`;

/**
 * Registers contacts; one whose source key is registered already is skipped. Returns the ids registered. The
 * same statement adds the contacts it stored to the daily rollup (`channels_inquiry_days`): a skipped contact adds
 * nothing, so a retried event or batch never counts twice, and no page has to scan the raw rows.
 */
export async function insertInquiries(executor: Executor, inputs: readonly InquiryInput[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const rows = await tables(executor)
    .with('added', (db) =>
      db
        .insertInto('channels_inquiries')
        .values(inputs.map(toRow))
        .onConflict((conflict) => conflict.column('source_key').doNothing())
        .returning(['id', 'occurred_at', 'purpose_code', 'channel', 'direction', 'outcome', 'count', 'failure_demand']),
    )
    .with('rolled', (db) =>
      db
        .insertInto('channels_inquiry_days')
        .columns(['day', 'purpose_code', 'channel', 'direction', 'outcome', 'contacts', 'failure_demand'])
        .expression((eb) =>
          eb
            .selectFrom('added')
            .select([
              danishDate.as('day'),
              sql<string>`coalesce(purpose_code, '')`.as('purpose_code'),
              'channel',
              'direction',
              'outcome',
              sql<string>`sum(count)`.as('contacts'),
              sql<string>`coalesce(sum(count) filter (where failure_demand is not null), 0)`.as('failure_demand'),
            ])
            .groupBy([danishDate, 'purpose_code', 'channel', 'direction', 'outcome'])
            // one order for every writer: concurrent batches lock the same day rows in the same order
            .orderBy(sql`1, 2, 3, 4, 5`),
        )
        .onConflict((conflict) =>
          conflict.columns(['day', 'purpose_code', 'channel', 'direction', 'outcome']).doUpdateSet({
            contacts: sql`channels_inquiry_days.contacts + excluded.contacts`,
            failure_demand: sql`channels_inquiry_days.failure_demand + excluded.failure_demand`,
          }),
        ),
    )
    .selectFrom('added')
    .select('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Contacts per purpose, channel and Danish day in a period of Danish days (inclusive), from the daily rollup. */
export async function dayCounts(executor: Executor, from: string, to: string): Promise<DayCount[]> {
  const rows = await tables(executor)
    .selectFrom('channels_inquiry_days')
    .select(['purpose_code', 'channel', 'outcome', sql<string>`day::text`.as('day'), 'contacts'])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('direction', '=', 'inbound')
    .execute();
  return rows
    .filter((row) => countsAsContact(row.outcome))
    .map((row) => ({
      purposeCode: row.purpose_code || null,
      channel: row.channel as ChannelCode,
      day: row.day,
      count: Number(row.contacts),
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
