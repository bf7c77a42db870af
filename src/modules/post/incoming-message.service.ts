import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Attachment } from '#platform/contracts.ts';
import * as repository from './post.repository.ts';
import { checkFiles, checkText, throwIfProblems, type FieldProblem } from './post-input.ts';
import { findOwnMessage, ownerOf } from './mailbox-owner.ts';
import { storeIncoming } from './incoming-message-store.ts';
import type { PostDependencies } from './post.types.ts';

/** Messages from citizens and businesses to the municipality: replies in a thread and new messages to a department. */
export class IncomingMessageService {
  constructor(private readonly deps: PostDependencies) {}

  /** A reply to a letter that allows replies: it goes to the sending department's mailbox, in the same thread. */
  async reply(
    principal: Principal,
    messageId: string,
    input: { body?: string; attachments?: Attachment[] },
  ): Promise<string> {
    const problems: FieldProblem[] = [];
    const text = checkText({ subject: 'reply', body: input.body }, problems);
    const attachments = await checkFiles(input.attachments, problems);
    return this.deps.db.transaction().execute(async (trx) => {
      const original = await findOwnMessage(trx, principal, messageId);
      if (original.direction !== 'out' || !original.reply_allowed) throw new HttpProblem(403, 'post.reply.notAllowed');
      throwIfProblems(problems);
      const subject = /^(sv|re):/i.test(original.subject) ? original.subject : `Sv: ${original.subject}`;
      return storeIncoming(this.deps.events, trx, principal, {
        mailboxId: original.mailbox_id,
        departmentId: original.department_id,
        departmentCode: original.department_code,
        subject: subject.slice(0, 200),
        body: text.body,
        caseId: original.case_id,
        threadId: original.thread_id,
        inReplyTo: original.id,
        attachments,
      });
    });
  }

  /** A new message from a citizen or business to a chosen department. */
  async writeToDepartment(
    principal: Principal,
    input: { departmentId?: string; subject?: string; body?: string; attachments?: Attachment[] },
  ): Promise<string> {
    assertCan(principal, 'post:read-own');
    const problems: FieldProblem[] = [];
    const department = await this.deps.identity.department(input.departmentId);
    if (!department) problems.push({ field: 'department', key: 'post.validation.department' });
    const text = checkText(input, problems);
    const attachments = await checkFiles(input.attachments, problems);
    throwIfProblems(problems);
    const owner = ownerOf(principal);
    return this.deps.db.transaction().execute(async (trx) => {
      const mailboxId = await repository.ensureMailbox(trx, owner.kind, owner.id);
      const id = crypto.randomUUID();
      return storeIncoming(this.deps.events, trx, principal, {
        id,
        mailboxId,
        departmentId: department!.id,
        departmentCode: department!.code,
        ...text,
        caseId: null,
        threadId: id,
        inReplyTo: null,
        attachments,
      });
    });
  }
}
