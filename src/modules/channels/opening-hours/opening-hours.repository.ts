import { type Generated, sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { ChannelCode } from '../channel-codes.ts';
import type { Closure, HoursVersion, Week } from './opening-hours.ts';

interface OpeningHoursTable {
  id: Generated<string>;
  place_code: string;
  name_da: string;
  name_en: string;
  channel: string;
  valid_from: string;
  week: Week;
  created_by: string | null;
  created_at: Generated<Date>;
}
interface ClosureTable {
  id: Generated<string>;
  place_code: string;
  from_day: string;
  to_day: string;
  reason_da: string;
  reason_en: string;
  created_by: string | null;
  created_at: Generated<Date>;
}
type HoursTables = { channels_opening_hours: OpeningHoursTable; channels_closures: ClosureTable };
const tables = (executor: Executor) => executor.withTables<HoursTables>();

/** Every version of every place, oldest first. */
export async function listVersions(executor: Executor): Promise<HoursVersion[]> {
  const rows = await tables(executor)
    .selectFrom('channels_opening_hours')
    .select(['place_code', 'name_da', 'name_en', 'channel', sql<string>`valid_from::text`.as('valid_from'), 'week'])
    .orderBy('place_code')
    .orderBy('valid_from')
    .execute();
  return rows.map((row) => ({
    placeCode: row.place_code,
    name: { da: row.name_da, en: row.name_en },
    channel: row.channel as ChannelCode,
    validFrom: row.valid_from,
    week: row.week,
  }));
}

export async function insertVersion(executor: Executor, version: HoursVersion, createdBy: string): Promise<void> {
  await tables(executor)
    .insertInto('channels_opening_hours')
    .values({
      place_code: version.placeCode,
      name_da: version.name.da,
      name_en: version.name.en,
      channel: version.channel,
      valid_from: version.validFrom,
      week: JSON.stringify(version.week) as unknown as Week,
      created_by: createdBy,
    })
    .execute();
}

/** The closures that end on or after `from`, by place and day. */
export async function listClosures(executor: Executor, from: string): Promise<Closure[]> {
  const rows = await tables(executor)
    .selectFrom('channels_closures')
    .select([
      'id',
      'place_code',
      sql<string>`from_day::text`.as('from_day'),
      sql<string>`to_day::text`.as('to_day'),
      'reason_da',
      'reason_en',
    ])
    .where('to_day', '>=', from)
    .orderBy('place_code')
    .orderBy('from_day')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    placeCode: row.place_code,
    from: row.from_day,
    to: row.to_day,
    reason: { da: row.reason_da, en: row.reason_en },
  }));
}

export async function insertClosure(executor: Executor, closure: Omit<Closure, 'id'>, createdBy: string) {
  await tables(executor)
    .insertInto('channels_closures')
    .values({
      place_code: closure.placeCode,
      from_day: closure.from,
      to_day: closure.to,
      reason_da: closure.reason.da,
      reason_en: closure.reason.en,
      created_by: createdBy,
    })
    .execute();
}

/** One administrator at a time: a version's order and a closure's overlap are checked under the lock. */
export async function lockHours(executor: Executor): Promise<void> {
  await sql`lock table channels_opening_hours, channels_closures in exclusive mode`.execute(executor);
}
