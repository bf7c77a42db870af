import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Attachment } from '#platform/contracts.ts';
import * as repository from './post.repository.ts';
import { deliverLetter } from './delivery.ts';
import { threadAnswered } from './reply-threading.ts';
import { releaseHeldLetterJob } from './held-letters.ts';
import {
  checkFiles,
  checkRecipientNumber,
  checkText,
  throwIfProblems,
  type FieldProblem,
  type RecipientNumber,
} from './post-input.ts';
import type { PostDependencies } from './post.types.ts';
import { resolveNumber } from './letter-recipients.ts';
import { sendingDepartment } from './sending-department.ts';

export interface SendToNumberInput {
  id?: string;
  recipient: RecipientNumber;
  subject: string;
  body: string;
  replyAllowed?: boolean;
  caseId?: string | null;
  departmentId?: string | null;
  attachments?: Attachment[];
  notificationText?: string;
  bulkId?: string;
  /** messages this letter answers (MeMo ReplyData): it joins the thread of the latest one in the recipient's mailbox */
  replyTo?: string[];
  /** held until then (MeMo doNotDeliverUntilDate) */
  deliverAfter?: Date;
}

/**
 * A letter to a CPR or CVR number (the integration API and bulk letters): the number is checked
 * (format, date) and must belong to a known person or business — a 400 problem otherwise.
 */
export async function sendToNumber(
  deps: PostDependencies,
  executor: Executor,
  actor: Principal,
  input: SendToNumberInput,
): Promise<repository.MessageRow> {
  assertCan(actor, 'post:send');
  const problems: FieldProblem[] = [];
  const number = checkRecipientNumber(input.recipient.kind, input.recipient.number, problems);
  const text = checkText(input, problems);
  const attachments = await checkFiles(input.attachments, problems);
  throwIfProblems(problems);
  const owner = await resolveNumber(deps, executor, number!);
  if (!owner) throw new HttpProblem(400, 'post.validation.unknownRecipient');
  const department = await sendingDepartment(deps, input.departmentId, actor);
  if (input.id && (await repository.findMessage(executor, input.id)))
    throw new HttpProblem(409, 'post.api.duplicateMessage');
  const thread = await threadAnswered(executor, owner, input.replyTo ?? []);
  const message = await deliverLetter(executor, deps.events, actor, {
    ...thread,
    deliverAfter: input.deliverAfter,
    id: input.id,
    owner,
    department,
    ...text,
    replyAllowed: input.replyAllowed ?? false,
    caseId: input.caseId,
    attachments,
    notificationText: input.notificationText,
    bulkId: input.bulkId,
  });
  if (message.deliver_after && !message.delivered_at)
    await deps.queue.enqueue(
      executor,
      releaseHeldLetterJob,
      { messageId: message.id },
      { startAfter: message.deliver_after },
    );
  return message;
}

/** A letter to a CPR/CVR number in its own transaction (the integration API); a department code names the sender. */
export async function sendByNumber(
  deps: PostDependencies,
  actor: Principal,
  input: Omit<SendToNumberInput, 'departmentId'> & { departmentCode?: string },
): Promise<{ id: string; status: string; delivery: 'digital' | 'print' }> {
  let departmentId: string | undefined;
  if (input.departmentCode) {
    departmentId = (await deps.identity.departmentByCode(input.departmentCode))?.id;
    if (!departmentId) throw new HttpProblem(400, 'post.validation.department');
  }
  const row = await deps.db.transaction().execute((trx) => sendToNumber(deps, trx, actor, { ...input, departmentId }));
  return { id: row.id, status: row.status, delivery: row.delivery };
}
