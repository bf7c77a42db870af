import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { TelephonyRow } from '../telephony/telephony-csv.ts';
import type { IntakeTables } from './intake.tables.ts';

export const intakeTables = (executor: Executor) => executor.withTables<IntakeTables>();

/** The days and queues of a period imported already, as `day|queue` in lower case. */
export async function importedDayQueues(executor: Executor, from: string, to: string): Promise<Set<string>> {
  const rows = await intakeTables(executor)
    .selectFrom('channels_telephony_days')
    .select([sql<string>`day::text`.as('day'), 'queue'])
    .where(sql<boolean>`day between ${from}::date and ${to}::date`)
    .execute();
  return new Set(rows.map((row) => `${row.day}|${row.queue.toLowerCase()}`));
}

export interface ImportRecord {
  filename: string;
  from: string;
  to: string;
  encoding: string;
  rows: number;
  skipped: number;
  importedBy: string;
}

/** Records an import and its days (each day and queue once), returning the import's id. */
export async function insertTelephonyImport(
  executor: Executor,
  record: ImportRecord,
  rows: ReadonlyArray<TelephonyRow & { purposeCode: string | null }>,
): Promise<string> {
  const { id } = await intakeTables(executor)
    .insertInto('channels_telephony_imports')
    .values({
      filename: record.filename,
      period_from: record.from,
      period_to: record.to,
      encoding: record.encoding,
      rows: record.rows,
      skipped: record.skipped,
      imported_by: record.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await intakeTables(executor)
    .insertInto('channels_telephony_days')
    .values(
      rows.map((row) => ({
        day: row.day,
        queue: row.queue,
        purpose_code: row.purposeCode,
        offered: row.offered,
        answered: row.answered,
        answered_within: row.answeredWithin,
        threshold_seconds: row.thresholdSeconds,
        abandoned: row.abandoned,
        average_wait_seconds: row.averageWaitSeconds,
        import_id: id,
      })),
    )
    .execute();
  return id;
}

/** The latest imports, newest first. */
export async function latestImports(executor: Executor, limit = 20) {
  return intakeTables(executor)
    .selectFrom('channels_telephony_imports')
    .select(['id', 'filename', 'encoding', 'rows', 'skipped', 'created_at'])
    .select([sql<string>`period_from::text`.as('from'), sql<string>`period_to::text`.as('to')])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
