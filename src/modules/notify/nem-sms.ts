import type { Executor } from '#platform/db/database.ts';
import type { NotifyService } from './notify.service.ts';

/**
 * A NemSMS from a line-of-business system (post's `post.nem-sms-requested`): its text as it came, by SMS, to the
 * recipient's verified phone numbers that chose SMS from the sending authority. A repeated event inserts no
 * second notification (unique per source, channel and contact point). Returns how many were queued.
 */
export async function sendNemSms(
  notify: NotifyService,
  request: { smsId: string; personId?: string; businessId?: string; departmentCode: string },
  text: string,
  executor: Executor,
): Promise<number> {
  const owner = request.personId
    ? { kind: 'citizen' as const, id: request.personId }
    : { kind: 'business' as const, id: request.businessId! };
  const targets = (await notify.contacts.recipientsFor(owner, request.departmentCode, executor)).filter(
    (target) => target.channel === 'sms',
  );
  return notify.delivery.enqueue(
    executor,
    targets.map((target) => ({
      kind: 'nem-sms' as const,
      source_id: request.smsId,
      channel: 'sms' as const,
      contact_point_id: target.contactPointId,
      owner_kind: owner.kind,
      owner_id: owner.id,
      authority_code: request.departmentCode,
      recipient: target.address,
      subject: 'NemSMS',
      text,
      provider_id: null,
      last_error: null,
      claimed_at: null,
      next_attempt_at: null,
      sent_at: null,
      delivered_at: null,
      failed_at: null,
    })),
  );
}
