import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './post.repository.ts';
import { letterColumns, type OutgoingLetter } from './letter-columns.ts';

/** What deliverLetter holds: its OutgoingLetter with the date. */
type HeldLetter = OutgoingLetter & { deliverAfter: Date };

/** A letter held until its date: queued, in no print batch, no events yet; held-letters.ts delivers it then. */
export async function holdLetter(
  trx: Executor,
  actor: Principal,
  letter: HeldLetter,
  mailboxId: string,
  id: string,
): Promise<repository.MessageRow> {
  const message = await repository.insertMessage(trx, {
    ...letterColumns(actor, letter, mailboxId, id),
    delivery: 'digital',
    status: 'queued',
    print_batch_id: null,
    delivered_at: null,
    deliver_after: letter.deliverAfter,
  });
  await repository.insertAttachments(trx, message.id, letter.attachments);
  await recordAudit(trx, {
    actor,
    action: 'post:send',
    ...(letter.owner.kind === 'person' ? { personId: letter.owner.id } : { businessId: letter.owner.id }),
    objectType: 'post-message',
    objectId: message.id,
    purpose: 'letter held until its delivery date (MeMo doNotDeliverUntilDate)',
  });
  return message;
}
