import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables, type CasesTables } from './tables.ts';

// The work queue: a page of cases by department, assignee, state, case type and deadline.

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
