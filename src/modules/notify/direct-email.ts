import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { DirectEmail } from '#platform/contracts.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { badRequest } from '#platform/http/problem.ts';
import { looksLikeCpr } from './template-render.ts';
import type { DeliveryService } from './delivery.service.ts';

/**
 * An e-mail to an address someone gave for one matter (openness: the decision on an anonymous request for access,
 * with its download link), through the module's delivery with its retries, in the caller's transaction. No
 * contact register is read: the address is the matter's own. A text with a CPR number is refused, never sent.
 */
export async function sendDirectEmail(
  delivery: DeliveryService,
  executor: Executor,
  actor: Principal,
  email: DirectEmail,
): Promise<{ queued: boolean }> {
  assertCan(actor, 'notify:remind');
  if (looksLikeCpr(email.text) || looksLikeCpr(email.subject)) throw badRequest('notify.serviceLink.cpr');
  const created = await delivery.enqueue(executor, [
    {
      kind: 'direct-email',
      source_id: email.sourceId,
      channel: 'email',
      contact_point_id: null,
      owner_kind: null,
      owner_id: null,
      authority_code: email.authorityCode,
      recipient: email.to,
      subject: email.subject,
      text: email.text,
      provider_id: null,
      last_error: null,
      claimed_at: null,
      next_attempt_at: null,
      sent_at: null,
      delivered_at: null,
      failed_at: null,
    },
  ]);
  return { queued: created > 0 };
}
