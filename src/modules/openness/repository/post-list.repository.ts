import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { PostListFilter } from '../post-list-filter.ts';
import type { EntryTable, OpennessTables } from './openness.tables.ts';

export const tables = (executor: Executor) => executor.withTables<OpennessTables>();
export type NewEntry = Omit<EntryTable, 'id' | 'internal'> & { internal?: boolean };
export type EntryRow = Omit<EntryTable, 'id' | 'internal'> & { id: string; internal: boolean };

const entryColumns = [
  'e.id',
  'e.case_reference',
  'e.case_type_code',
  'e.case_title',
  'e.document_title',
  'e.document_text',
  'e.direction',
  'e.party_category',
  'e.party_name',
  'e.department_code',
  'e.internal',
  'e.registered_at',
] as const;

type EntryQuery = SelectQueryBuilder<OpennessTables & { e: EntryTable }, 'e', object>;

/**
 * The rules of the public list, in the query itself so no path can skip them: not internal, not excluded by a
 * caseworker, not of a case type that is never public (whenever that rule was made), and older than the delay.
 */
function publicOnly(query: EntryQuery, delayDays: number, now: Date): EntryQuery {
  return query
    .where('e.internal', '=', false)
    .where('e.registered_at', '<=', sql<Date>`${now}::timestamptz - make_interval(days => ${delayDays})`)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('openness_exclusions as x').select('x.entry_id').whereRef('x.entry_id', '=', 'e.id'))),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('openness_closed_case_types as c')
            .select('c.case_type_code')
            .whereRef('c.case_type_code', '=', 'e.case_type_code'),
        ),
      ),
    );
}

const copenhagenStart = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone 'Europe/Copenhagen'`;

function matching(query: EntryQuery, filter: PostListFilter): EntryQuery {
  let result = query;
  if (filter.text) result = result.where(sql<boolean>`e.search @@ websearch_to_tsquery('simple', ${filter.text})`);
  if (filter.reference) result = result.where('e.case_reference', '=', filter.reference);
  if (filter.caseType) result = result.where('e.case_type_code', '=', filter.caseType);
  if (filter.department) result = result.where('e.department_code', '=', filter.department);
  if (filter.from) result = result.where('e.registered_at', '>=', copenhagenStart(filter.from));
  if (filter.to)
    result = result.where('e.registered_at', '<', sql<Date>`${copenhagenStart(filter.to)} + interval '1 day'`);
  return result;
}

/** One page of the public list, newest first; one row more than the page to tell whether there is a next. */
export async function searchPublic(
  executor: Executor,
  filter: PostListFilter,
  options: { delayDays: number; now: Date; limit: number },
): Promise<EntryRow[]> {
  const base = tables(executor).selectFrom('openness_entries as e') as unknown as EntryQuery;
  return matching(publicOnly(base, options.delayDays, options.now), filter)
    .select(entryColumns)
    .orderBy('e.registered_at', 'desc')
    .orderBy('e.id')
    .limit(options.limit + 1)
    .offset((filter.page - 1) * options.limit)
    .execute() as Promise<EntryRow[]>;
}

/** Public entries by id (a request pointing at them): those no longer on the list are left out. */
export async function publicByIds(
  executor: Executor,
  ids: readonly string[],
  options: { delayDays: number; now: Date },
): Promise<EntryRow[]> {
  if (!ids.length) return [];
  const base = tables(executor).selectFrom('openness_entries as e') as unknown as EntryQuery;
  return publicOnly(base, options.delayDays, options.now)
    .where('e.id', 'in', [...ids])
    .select(entryColumns)
    .execute() as Promise<EntryRow[]>;
}

/** Any entries by id, whatever the list's rules (the caseworker's view of a request). */
export async function entriesByIds(executor: Executor, ids: readonly string[]): Promise<EntryRow[]> {
  if (!ids.length) return [];
  const base = tables(executor).selectFrom('openness_entries as e') as unknown as EntryQuery;
  return base
    .where('e.id', 'in', [...ids])
    .select(entryColumns)
    .orderBy('e.registered_at')
    .execute() as Promise<EntryRow[]>;
}

/** Every entry of one case, whatever the list's rules (a party's own request for access, forvaltningsloven § 9). */
export async function entriesOfCase(executor: Executor, caseReference: string): Promise<EntryRow[]> {
  const base = tables(executor).selectFrom('openness_entries as e') as unknown as EntryQuery;
  return base
    .where('e.case_reference', '=', caseReference)
    .select(entryColumns)
    .orderBy('e.registered_at')
    .limit(500)
    .execute() as Promise<EntryRow[]>;
}

export async function insertEntries(executor: Executor, rows: readonly NewEntry[]): Promise<string[]> {
  if (!rows.length) return [];
  const added = await tables(executor)
    .insertInto('openness_entries')
    .values([...rows])
    .returning('id')
    .execute();
  return added.map((row) => row.id);
}

/** An entry registered from a letter; a letter registered before (a retried event) adds nothing. */
export async function insertEntryFromLetter(executor: Executor, row: NewEntry & { source_message_id: string }) {
  const added = await tables(executor)
    .insertInto('openness_entries')
    .values(row)
    .onConflict((conflict) => conflict.column('source_message_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return added?.id;
}

export async function entryExists(executor: Executor, id: string): Promise<boolean> {
  const row = await tables(executor)
    .selectFrom('openness_entries')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return !!row;
}

export async function insertExclusion(
  executor: Executor,
  row: { entry_id: string; exception_code: string; excluded_by: string },
): Promise<boolean> {
  const added = await tables(executor)
    .insertInto('openness_exclusions')
    .values(row)
    .onConflict((conflict) => conflict.column('entry_id').doNothing())
    .returning('entry_id')
    .executeTakeFirst();
  return !!added;
}

export async function listClosedCaseTypes(executor: Executor) {
  return tables(executor).selectFrom('openness_closed_case_types').selectAll().orderBy('case_type_code').execute();
}

export async function insertClosedCaseType(
  executor: Executor,
  row: { case_type_code: string; reason: string; created_by: string },
): Promise<boolean> {
  const added = await tables(executor)
    .insertInto('openness_closed_case_types')
    .values(row)
    .onConflict((conflict) => conflict.column('case_type_code').doNothing())
    .returning('case_type_code')
    .executeTakeFirst();
  return !!added;
}

export async function delayDays(executor: Executor, fallback: number): Promise<number> {
  const row = await tables(executor)
    .selectFrom('openness_settings')
    .select('value')
    .where('key', '=', 'delay-days')
    .executeTakeFirst();
  return row?.value ?? fallback;
}

export async function setDelayDays(executor: Executor, days: number): Promise<void> {
  await tables(executor)
    .insertInto('openness_settings')
    .values({ key: 'delay-days', value: days })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: days }))
    .execute();
}

/** The case types that have entries (the filter's choices). */
export async function distinctCaseTypes(executor: Executor): Promise<string[]> {
  const rows = await tables(executor)
    .selectFrom('openness_entries')
    .select('case_type_code')
    .distinct()
    .orderBy('case_type_code')
    .execute();
  return rows.map((row) => row.case_type_code);
}

/** A department's entries as its caseworkers see them (newest first), with why each is or is not on the list. */
export async function departmentEntries(
  executor: Executor,
  departmentCode: string,
  options: { reference?: string; limit: number },
) {
  let query = tables(executor)
    .selectFrom('openness_entries as e')
    .leftJoin('openness_exclusions as x', 'x.entry_id', 'e.id')
    .leftJoin('openness_closed_case_types as c', 'c.case_type_code', 'e.case_type_code')
    .select([
      'e.id',
      'e.case_reference',
      'e.case_type_code',
      'e.document_title',
      'e.direction',
      'e.internal',
      'e.registered_at',
      'x.exception_code',
      'c.case_type_code as closed_case_type',
    ])
    .where('e.department_code', '=', departmentCode);
  if (options.reference) query = query.where('e.case_reference', '=', options.reference);
  return query.orderBy('e.registered_at', 'desc').orderBy('e.id').limit(options.limit).execute();
}

/** One entry with its department and exclusion (the caseworker's page of one letter). */
export async function entryWithExclusion(executor: Executor, id: string) {
  return tables(executor)
    .selectFrom('openness_entries as e')
    .leftJoin('openness_exclusions as x', 'x.entry_id', 'e.id')
    .select([
      'e.id',
      'e.case_reference',
      'e.case_title',
      'e.document_title',
      'e.document_text',
      'e.department_code',
      'e.registered_at',
      'x.exception_code',
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
}
