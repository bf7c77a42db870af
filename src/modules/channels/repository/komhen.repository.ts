import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { type ChannelCode, notContacts } from '../channel-codes.ts';
import type { KomhenGroup } from '../komhen/komhen-export.ts';
import { intakeTables } from './telephony.repository.ts';

/** Inbound contacts of a period of Danish days (drafts started and missed appointments are not contacts), grouped. */
export async function komhenGroups(executor: Executor, from: string, to: string): Promise<KomhenGroup[]> {
  const avoidable = sql<boolean>`failure_demand is not null`;
  const rows = await intakeTables(executor)
    .selectFrom('channels_inquiries')
    .select(['channel', 'purpose_code', 'outcome', 'resolved_first_contact', avoidable.as('avoidable')])
    .select(sql<string>`sum(count)::text`.as('count'))
    .where(sql<boolean>`(occurred_at at time zone 'Europe/Copenhagen')::date between ${from}::date and ${to}::date`)
    .where('direction', '=', 'inbound')
    .where('outcome', 'not in', notContacts)
    .groupBy(['channel', 'purpose_code', 'outcome', 'resolved_first_contact', avoidable])
    .execute();
  return rows.map((row) => ({
    channel: row.channel as ChannelCode,
    purposeCode: row.purpose_code,
    outcome: row.outcome,
    resolvedFirstContact: row.resolved_first_contact,
    failureDemand: row.avoidable,
    count: Number(row.count),
  }));
}
