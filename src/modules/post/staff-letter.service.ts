import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Attachment } from '#platform/contracts.ts';
import { deliverLetter } from './delivery.ts';
import {
  checkFiles,
  checkRecipientNumber,
  checkText,
  PostInputError,
  throwIfProblems,
  type FieldProblem,
} from './post-input.ts';
import type { MailboxOwner, PostDependencies } from './post.types.ts';

export interface StaffLetterInput {
  recipientKind: 'cpr' | 'cvr';
  recipient: string;
  purpose: string;
  subject: string;
  body: string;
  replyAllowed: boolean;
  caseId?: string;
  departmentId?: string;
  attachments: Attachment[];
}

/**
 * A caseworker writes to a person or business found by CPR/CVR. The lookup goes through the identity
 * module (audited with the purpose) and the letter is sent in the same transaction.
 */
export async function sendAsStaff(
  deps: PostDependencies,
  actor: Principal,
  input: StaffLetterInput,
): Promise<{ messageId: string; delivery: 'digital' | 'print' }> {
  assertCan(actor, 'post:send');
  const problems: FieldProblem[] = [];
  const number = checkRecipientNumber(input.recipientKind, input.recipient, problems);
  const purpose = input.purpose.trim();
  if (!purpose) problems.push({ field: 'purpose', key: 'post.validation.purposeRequired' });
  const text = checkText(input, problems);
  const caseId = input.caseId?.trim() || null;
  if (caseId && caseId.length > 100) problems.push({ field: 'caseId', key: 'post.validation.caseId' });
  const attachments = await checkFiles(input.attachments, problems);
  throwIfProblems(problems);
  const department = input.departmentId
    ? await deps.identity.department(input.departmentId)
    : await deps.identity.department(actor.departmentId);
  if (!department) throw new PostInputError([{ field: 'department', key: 'post.validation.department' }]);
  return deps.db.transaction().execute(async (trx) => {
    let owner: MailboxOwner;
    try {
      owner =
        number!.kind === 'cpr'
          ? {
              kind: 'person',
              id: (await deps.identity.lookupPersonByCpr(actor, number!.number, purpose, trx)).id,
            }
          : {
              kind: 'business',
              id: (await deps.identity.lookupBusinessByCvr(actor, number!.number, purpose, trx)).id,
            };
    } catch (error) {
      if (error instanceof HttpProblem && error.statusCode === 404)
        throw new PostInputError([{ field: 'recipient', key: 'post.validation.unknownRecipient' }]);
      throw error;
    }
    const message = await deliverLetter(trx, deps.events, actor, {
      owner,
      department,
      ...text,
      replyAllowed: input.replyAllowed,
      caseId,
      attachments,
    });
    return { messageId: message.id, delivery: message.delivery };
  });
}
