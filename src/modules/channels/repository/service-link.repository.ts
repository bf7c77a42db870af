import type { Executor } from '#platform/db/database.ts';
import { tables } from './purpose.repository.ts';

/** A contact this staff member registered for a person (the receipt's send-link offer is only for those). */
export const findOwnPersonInquiry = (executor: Executor, inquiryId: string, actorId: string) =>
  tables(executor)
    .selectFrom('channels_inquiries')
    .select(['id', 'purpose_code', 'party_id'])
    .where('id', '=', inquiryId)
    .where('source', '=', 'staff')
    .where('direction', '=', 'inbound')
    .where('actor_id', '=', actorId)
    .where('party_kind', '=', 'person')
    .executeTakeFirst();

/** The links already sent about a contact, by channel. */
export const linksSentFor = async (executor: Executor, inquiryId: string): Promise<string[]> =>
  (
    await tables(executor)
      .selectFrom('channels_inquiries')
      .select('channel')
      .where('object_kind', '=', 'inquiry')
      .where('object_id', '=', inquiryId)
      .where('direction', '=', 'outbound')
      .execute()
  ).map((row) => row.channel);
