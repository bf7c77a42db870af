import { z } from 'zod';
import { sql } from 'kysely';
import { defineJobType } from '#platform/queue/job-definition.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { PostMessageDelivered, PostMessageSent } from './post.events.ts';
import * as repository from './post.repository.ts';
import { tables } from './repository/post.tables.ts';
import { deliveredEvent, sentEvent } from './delivery-events.ts';
import type { PostDependencies } from './post.types.ts';

/** Delivers a letter held by MeMo's doNotDeliverUntilDate when its date comes; a second run finds nothing to do. */
export const releaseHeldLetterJob = defineJobType({
  name: 'post.release-held-letter',
  payload: z.object({ messageId: z.uuid() }),
  retryLimit: 10,
  retryDelaySeconds: 30,
  pollingIntervalSeconds: 30,
});

/** As deliverLetter would have at the time: into the digital mailbox if signed up by then, else the open print batch. */
export async function releaseHeldLetter(deps: Pick<PostDependencies, 'db' | 'events'>, messageId: string) {
  await deps.db.transaction().execute(async (trx) => {
    const held = await tables(trx)
      .selectFrom('post_messages as message')
      .innerJoin('post_mailboxes as mailbox', 'mailbox.id', 'message.mailbox_id')
      .select(['message.id', 'mailbox.owner_kind', 'mailbox.owner_id'])
      .where('message.id', '=', messageId)
      .where('message.status', '=', 'queued')
      .where('message.deliver_after', 'is not', null)
      .where('message.delivered_at', 'is', null)
      .where('message.print_batch_id', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!held) return;
    const registration = await repository.currentRegistration(trx, held.owner_kind, held.owner_id);
    const digital = registration?.status === 'signed_up';
    const message = await tables(trx)
      .updateTable('post_messages')
      .set({
        delivery: digital ? 'digital' : 'print',
        status: digital ? 'delivered' : 'queued',
        delivered_at: digital ? sql<Date>`now()` : null,
        print_batch_id: digital ? null : await repository.openPrintBatch(trx),
        created_at: sql<Date>`now()`,
      })
      .where('id', '=', held.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const party = held.owner_kind === 'person' ? { personId: held.owner_id } : { businessId: held.owner_id };
    const sent = sentEvent(message, party);
    await deps.events.publish(trx, PostMessageSent, sent);
    if (digital) await deps.events.publish(trx, PostMessageDelivered, deliveredEvent(sent));
    await recordAudit(trx, {
      // the sender of the held letter, as recorded when it was sent
      actor: { kind: message.sender_kind as Principal['kind'], id: message.sender_id, name: message.sender_name },
      action: 'post:send',
      ...party,
      objectType: 'post-message',
      objectId: message.id,
      purpose: digital ? 'held letter delivered to digital post' : 'held letter queued for print',
    });
  });
}
