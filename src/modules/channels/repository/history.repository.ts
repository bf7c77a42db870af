import type { Executor } from '#platform/db/database.ts';
import { intakeTables } from './telephony.repository.ts';

/** A person's contacts in the register, newest first. */
export async function contactsOfParty(executor: Executor, partyId: string, limit: number) {
  return intakeTables(executor)
    .selectFrom('channels_inquiries')
    .select(['id', 'occurred_at', 'channel', 'direction', 'outcome', 'purpose_code', 'object_kind', 'failure_demand'])
    .where('party_id', '=', partyId)
    .orderBy('occurred_at', 'desc')
    .limit(limit)
    .execute();
}
