import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { TicketTable } from './frontdesk.tables.ts';
import { tables } from './catalogue.repository.ts';

export type TicketRow = Omit<TicketTable, 'id' | 'taken_at'> & { id: string; taken_at: Date };

const columns = [
  'id',
  'location_code',
  'service_code',
  sql<string>`day::text`.as('day'),
  'number',
  'status',
  'counter',
  'taken_at',
  'called_at',
  'served_at',
] as const;

/** The next number of the day at a location (called with the location's row locked). */
export async function nextNumber(executor: Executor, locationCode: string, day: string): Promise<number> {
  const row = await tables(executor)
    .selectFrom('frontdesk_tickets')
    .select(sql<number>`coalesce(max(number), 0) + 1`.as('next'))
    .where('location_code', '=', locationCode)
    .where('day', '=', day)
    .executeTakeFirstOrThrow();
  return row.next;
}

export const insertTicket = (executor: Executor, row: Omit<TicketTable, 'id' | 'taken_at'> & { taken_at: Date }) =>
  tables(executor)
    .insertInto('frontdesk_tickets')
    .values(row)
    .returning(columns)
    .executeTakeFirstOrThrow() as Promise<TicketRow>;

/** The day's tickets at a location, by number. */
export const ticketsOfDay = (executor: Executor, locationCode: string, day: string) =>
  tables(executor)
    .selectFrom('frontdesk_tickets')
    .select(columns)
    .where('location_code', '=', locationCode)
    .where('day', '=', day)
    .orderBy('number')
    .execute() as Promise<TicketRow[]>;

/** The ticket at a counter now (called, not yet served). */
export const calledAt = (executor: Executor, locationCode: string, day: string, counter: number) =>
  tables(executor)
    .selectFrom('frontdesk_tickets')
    .select(columns)
    .where('location_code', '=', locationCode)
    .where('day', '=', day)
    .where('counter', '=', counter)
    .where('status', '=', 'called')
    .executeTakeFirst() as Promise<TicketRow | undefined>;

export const updateTicket = (
  executor: Executor,
  id: string,
  changes: Partial<Pick<TicketTable, 'status' | 'counter' | 'called_at' | 'served_at'>>,
) =>
  tables(executor)
    .updateTable('frontdesk_tickets')
    .set(changes)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow() as Promise<TicketRow>;
