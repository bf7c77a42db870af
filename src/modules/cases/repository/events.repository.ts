import type { Executor } from '#platform/db/database.ts';
import { tables, json, type CaseEvent } from './tables.ts';

// The case's timeline.

export const insertEvent = (
  executor: Executor,
  event: Omit<CaseEvent, 'id' | 'occurred_at' | 'visible_to_parties'> & {
    visible_to_parties?: boolean;
    occurred_at?: Date;
  },
) =>
  tables(executor)
    .insertInto('cases_events')
    .values({ ...event, details: json(event.details) })
    .execute();
export const eventsOf = (executor: Executor, caseId: string, { partiesOnly = false } = {}) => {
  let select = tables(executor).selectFrom('cases_events').selectAll().where('case_id', '=', caseId);
  if (partiesOnly) select = select.where('visible_to_parties', '=', true);
  return select.orderBy('id', 'asc').execute();
};
export const latestPartyEvents = (executor: Executor, caseIds: string[]) =>
  caseIds.length
    ? tables(executor)
        .selectFrom('cases_events')
        .selectAll()
        .distinctOn('case_id')
        .where('case_id', 'in', caseIds)
        .where('visible_to_parties', '=', true)
        .orderBy('case_id')
        .orderBy('id', 'desc')
        .execute()
    : Promise.resolve([]);
