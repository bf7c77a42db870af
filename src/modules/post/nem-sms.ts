import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import type { LetterSendingService } from './letter-sending.service.ts';
import type { MemoMessage } from './memo/memo-message.ts';
import { checkRecipientNumber, throwIfProblems, type FieldProblem } from './post-input.ts';
import { PostNemSmsRequested } from './post.events.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';

/**
 * A NemSMS (MeMo messageType NEMSMS): its notification is the SMS text. Kept with its document, and handed to
 * notify by `post.nem-sms-requested` in the same transaction; notify asks for the text and sends it as SMS.
 */
export async function sendNemSms(
  deps: PostDependencies,
  sending: LetterSendingService,
  actor: Principal,
  memo: MemoMessage,
  xml: string,
): Promise<{ id: string; status: string; delivery: 'sms' }> {
  const idType = memo.recipient.idType.toUpperCase();
  if (idType !== 'CPR' && idType !== 'CVR')
    throw new HttpProblem(400, 'post.memo.recipientType', { idType: memo.recipient.idType });
  const problems: FieldProblem[] = [];
  const number = checkRecipientNumber(idType === 'CPR' ? 'cpr' : 'cvr', memo.recipient.id, problems);
  if (!memo.notification?.trim()) problems.push({ field: 'notification', key: 'post.memo.nemSmsText' });
  throwIfProblems(problems);
  const id = memo.messageUuid.toLowerCase();
  return deps.db.transaction().execute(async (trx) => {
    const owner = await sending.resolveNumber(trx, number!);
    if (!owner) throw new HttpProblem(400, 'post.validation.unknownRecipient');
    const department = await deps.identity.departmentOf(actor);
    if (!department) throw new HttpProblem(400, 'post.validation.department');
    if ((await repository.findNemSms(trx, id)) || (await repository.findMessage(trx, id)))
      throw new HttpProblem(409, 'post.api.duplicateMessage');
    const sms = await repository.insertNemSms(trx, {
      id,
      owner_kind: owner.kind,
      owner_id: owner.id,
      department_code: department.code,
      text: memo.notification!,
      xml,
      sender_kind: actor.kind,
      sender_id: actor.id,
    });
    const party = owner.kind === 'person' ? { personId: owner.id } : { businessId: owner.id };
    await deps.events.publish(trx, PostNemSmsRequested, {
      smsId: sms.id,
      ...party,
      departmentCode: department.code,
      requestedAt: sms.created_at.toISOString(),
    });
    await recordAudit(trx, {
      actor,
      action: 'post:send',
      ...party,
      objectType: 'post-nem-sms',
      objectId: sms.id,
      purpose: 'NemSMS handed to notify for sending',
    });
    return { id: sms.id, status: 'queued', delivery: 'sms' as const };
  });
}
