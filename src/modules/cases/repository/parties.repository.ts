import type { Executor } from '#platform/db/database.ts';
import { tables, type Party } from './tables.ts';

// Parties of a case, and the cases a person or business is party to.

export const insertParty = (executor: Executor, party: Omit<Party, 'id'>) =>
  tables(executor).insertInto('cases_parties').values(party).returningAll().executeTakeFirstOrThrow();
export const partiesOf = (executor: Executor, caseId: string) =>
  tables(executor).selectFrom('cases_parties').selectAll().where('case_id', '=', caseId).orderBy('role').execute();

/** Cases in which this person or business is a party: the only cases "my cases" ever shows. */
export function casesOfParty(executor: Executor, party: { personId?: string; businessId?: string }, limit = 100) {
  return tables(executor)
    .selectFrom('cases_cases')
    .selectAll()
    .where('id', 'in', (eb) => {
      const sub = eb.selectFrom('cases_parties').select('case_id');
      return party.businessId
        ? sub.where('business_id', '=', party.businessId)
        : sub.where('person_id', '=', party.personId ?? '00000000-0000-0000-0000-000000000000');
    })
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
}

export async function isParty(
  executor: Executor,
  caseId: string,
  party: { personId?: string; businessId?: string },
): Promise<boolean> {
  let select = tables(executor).selectFrom('cases_parties').select('id').where('case_id', '=', caseId);
  select = party.businessId
    ? select.where('business_id', '=', party.businessId)
    : select.where('person_id', '=', party.personId ?? '00000000-0000-0000-0000-000000000000');
  return Boolean(await select.executeTakeFirst());
}

/** The applicants of several cases at once (the work queue's applicant column). */
export const applicantsOf = (executor: Executor, caseIds: readonly string[]) =>
  caseIds.length
    ? tables(executor)
        .selectFrom('cases_parties')
        .select(['case_id', 'person_id', 'business_id'])
        .where('case_id', 'in', caseIds)
        .where('role', '=', 'applicant')
        .execute()
    : Promise.resolve([]);
