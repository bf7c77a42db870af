import type { Executor } from '#platform/db/database.ts';
import type { HoldTable } from './frontdesk.tables.ts';
import { tables } from './catalogue.repository.ts';

export type HoldRow = Omit<HoldTable, 'id'> & { id: string };

export const insertHold = (executor: Executor, row: Omit<HoldTable, 'id'>): Promise<HoldRow> =>
  tables(executor).insertInto('frontdesk_holds').values(row).returningAll().executeTakeFirstOrThrow();

export const findHold = (executor: Executor, id: string): Promise<HoldRow | undefined> =>
  tables(executor).selectFrom('frontdesk_holds').selectAll().where('id', '=', id).executeTakeFirst();

export const deleteHold = (executor: Executor, id: string) =>
  tables(executor).deleteFrom('frontdesk_holds').where('id', '=', id).execute();

/** A holder holds one slot at a time: choosing another time lets go of the one before. */
export const releaseHoldsOf = (executor: Executor, holderId: string) =>
  tables(executor).deleteFrom('frontdesk_holds').where('holder_id', '=', holderId).execute();

/** Expired holds at a location are gone (they hold nothing any more; this keeps the table small). */
export const dropExpiredHolds = (executor: Executor, locationCode: string, now: Date) =>
  tables(executor)
    .deleteFrom('frontdesk_holds')
    .where('location_code', '=', locationCode)
    .where('expires_at', '<=', now)
    .execute();

/** The unexpired holds at a location between two instants, but the one being confirmed. */
export const heldBetween = (
  executor: Executor,
  locationCode: string,
  from: Date,
  to: Date,
  now: Date,
  but?: string,
) => {
  let query = tables(executor)
    .selectFrom('frontdesk_holds')
    .select(['starts_at', 'ends_at'])
    .where('location_code', '=', locationCode)
    .where('expires_at', '>', now)
    .where('starts_at', '<', to)
    .where('ends_at', '>', from);
  if (but) query = query.where('id', '!=', but);
  return query.execute();
};
