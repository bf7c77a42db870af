import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables, json, type CasesTables, type Case } from './tables.ts';

// Case rows: references, creation, optimistic updates, the work queue and missed deadlines.

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

export interface QueueQuery {
  departmentId?: string;
  assigneeId?: string;
  unassigned?: boolean;
  state?: string;
  caseTypeCode?: string;
  deadline?: 'soon' | 'overdue';
  soonBefore: Date;
  now: Date;
  includeClosed?: boolean;
  sort: 'deadline' | 'received' | 'reference';
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The queue's sort, applied both to the page of ids and to the page's rows. */
function queueOrder<O>(
  select: SelectQueryBuilder<CasesTables, 'cases_cases', O>,
  sort: QueueQuery['sort'],
  direction: QueueQuery['direction'],
): SelectQueryBuilder<CasesTables, 'cases_cases', O> {
  if (sort === 'deadline')
    return select.orderBy(sql`deadline ${sql.raw(direction)} nulls last`).orderBy('reference', direction);
  if (sort === 'received') return select.orderBy('received_at', direction).orderBy('reference', direction);
  return select.orderBy('reference', direction);
}

/**
 * A page of the work queue. A deferred join: the offset is walked over ids only (the queue indexes carry
 * the id), and only the page's rows are read, so deep pages stay cheap over millions of cases.
 */
export function queue(executor: Executor, query: QueueQuery) {
  let ids = tables(executor).selectFrom('cases_cases').select('id');
  if (query.departmentId) ids = ids.where('department_id', '=', query.departmentId);
  if (query.assigneeId) ids = ids.where('assignee_id', '=', query.assigneeId);
  if (query.unassigned) ids = ids.where('assignee_id', 'is', null);
  if (query.state) ids = ids.where('state', '=', query.state);
  if (query.caseTypeCode) ids = ids.where('case_type_code', '=', query.caseTypeCode);
  if (!query.includeClosed) ids = ids.where('closed_at', 'is', null);
  if (query.deadline === 'overdue') ids = ids.where('deadline', '<', query.now);
  if (query.deadline === 'soon') ids = ids.where('deadline', '>=', query.now).where('deadline', '<', query.soonBefore);
  const page = queueOrder(ids, query.sort, query.direction).limit(query.limit).offset(query.offset);
  return queueOrder(
    tables(executor).selectFrom('cases_cases').selectAll().where('id', 'in', page),
    query.sort,
    query.direction,
  ).execute();
}

export const countOpenAssignedTo = async (executor: Executor, assigneeId: string): Promise<number> => {
  const row = await tables(executor)
    .selectFrom('cases_cases')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('assignee_id', '=', assigneeId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
};

/**
 * Open cases past their deadline whose miss is not yet published, marked published (set-based, locked so two
 * workers never take one case twice); returns what the event needs.
 */
export const takeMissedDeadlines = async (executor: Executor, now: Date, limit: number) =>
  (
    await sql<{
      id: string;
      case_type_code: string;
      case_type_version_id: string;
      department_id: string | null;
      state: string;
      deadline: Date;
    }>`
      with missed as (
        select id from cases_cases
        where closed_at is null and deadline is not null and deadline < ${now}
          and deadline_missed_for is distinct from deadline
        order by deadline
        limit ${limit}
        for update skip locked
      )
      update cases_cases c set deadline_missed_for = c.deadline
      from missed where c.id = missed.id
      returning c.id, c.case_type_code, c.case_type_version_id, c.department_id, c.state, c.deadline
    `.execute(executor)
  ).rows;
