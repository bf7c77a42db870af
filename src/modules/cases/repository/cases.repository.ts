import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables, json, type Case } from './tables.ts';

// Case rows: references, creation and optimistic updates (the queue and missed deadlines are beside this file).

/** The next reference of a year (`2026-000123`), counted in the caller's transaction so numbers are never reused. */
export async function nextReference(executor: Executor, year: number): Promise<string> {
  const row = await tables(executor)
    .insertInto('cases_reference_counters')
    .values({ year, last: 1 })
    .onConflict((conflict) => conflict.column('year').doUpdateSet({ last: sql`cases_reference_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${year}-${String(row.last).padStart(6, '0')}`;
}

export const insertCase = (
  executor: Executor,
  row: Omit<
    Case,
    'id' | 'version' | 'updated_at' | 'closed_at' | 'result' | 'received_at' | 'deadline_missed_for' | 'submitted_form'
  > & {
    received_at?: Date;
    submitted_form?: Case['submitted_form'] | null;
  },
) =>
  tables(executor)
    .insertInto('cases_cases')
    .values({ ...row, fields: json(row.fields), submitted_form: row.submitted_form ? json(row.submitted_form) : null })
    .returningAll()
    .executeTakeFirstOrThrow();

export const findCase = (executor: Executor, id: string, { lock = false } = {}) => {
  const query = tables(executor).selectFrom('cases_cases').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
};
export const findCaseByReference = (executor: Executor, reference: string) =>
  tables(executor).selectFrom('cases_cases').selectAll().where('reference', '=', reference).executeTakeFirst();

/**
 * Optimistic locking: the change applies only when the case still has the version the caller read,
 * and moves the version on. Returns undefined when someone else changed the case in between.
 */
export const updateCase = (
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<
    Pick<Case, 'state' | 'result' | 'department_id' | 'assignee_id' | 'deadline' | 'fields' | 'closed_at'>
  >,
) =>
  tables(executor)
    .updateTable('cases_cases')
    .set((eb) => ({
      ...changes,
      ...(changes.fields ? { fields: json(changes.fields) } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
