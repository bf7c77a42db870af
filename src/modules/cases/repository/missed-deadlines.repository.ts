import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

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
