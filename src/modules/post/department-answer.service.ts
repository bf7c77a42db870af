import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Attachment } from '#platform/contracts.ts';
import * as repository from './post.repository.ts';
import { deliverLetter } from './delivery.ts';
import { checkFiles, checkText, throwIfProblems, type FieldProblem } from './post-input.ts';
import type { PostDependencies } from './post.types.ts';
import { departmentMessage } from './department-message.ts';

/** The department answers a reply or message it received: a letter into the same mailbox and thread. */
export async function answerMessage(
  deps: PostDependencies,
  actor: Principal,
  messageId: string,
  input: { body: string; replyAllowed: boolean; attachments: Attachment[] },
): Promise<string> {
  assertCan(actor, 'post:send');
  const problems: FieldProblem[] = [];
  const text = checkText({ subject: 'answer', body: input.body }, problems);
  const attachments = await checkFiles(input.attachments, problems);
  return deps.db.transaction().execute(async (trx) => {
    const received = await departmentMessage(trx, actor, messageId);
    if (received.direction !== 'in') throw new HttpProblem(409, 'error.409.text');
    throwIfProblems(problems);
    const mailbox = (await repository.findMailboxById(trx, received.mailbox_id))!;
    const department =
      (await deps.identity.department(received.department_id)) ?? (await deps.identity.department(actor.departmentId));
    if (!department) throw new HttpProblem(403, 'post.department.none');
    const subject = /^(sv|re):/i.test(received.subject) ? received.subject : `Sv: ${received.subject}`;
    const message = await deliverLetter(trx, deps.events, actor, {
      owner: { kind: mailbox.owner_kind, id: mailbox.owner_id },
      department,
      subject: subject.slice(0, 200),
      body: text.body,
      replyAllowed: input.replyAllowed,
      caseId: received.case_id,
      attachments,
      threadId: received.thread_id,
      inReplyTo: received.id,
    });
    return message.id;
  });
}
