import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Attachment, PartyRef, PostContract } from '#platform/contracts.ts';
import type { Department } from '#modules/identity/identity.service.ts';
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
import { isUuid, ownerFromParty } from './mailbox-owner.ts';
import { maySendForDepartment } from './post.policy.ts';
import type { MailboxOwner, PostDependencies } from './post.types.ts';

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

/** Sending letters from the municipality: to a party (the contract), to a CPR/CVR number, and what follows a letter. */
export class LetterSendingService {
  constructor(private readonly deps: PostDependencies) {}

  async sendLetter(
    executor: Executor,
    actor: Principal,
    letter: Parameters<PostContract['sendLetter']>[2],
  ): Promise<{ messageId: string }> {
    assertCan(actor, 'post:send');
    const problems: FieldProblem[] = [];
    const text = checkText(letter, problems);
    const attachments = await checkFiles(letter.attachments, problems);
    throwIfProblems(problems);
    const send = async (trx: Executor) => {
      const owner = ownerFromParty(letter.recipient);
      await this.assertPartyExists(trx, owner);
      const department = await this.sendingDepartment(letter.senderDepartmentId, actor);
      const message = await deliverLetter(trx, this.deps.events, actor, {
        owner,
        department,
        ...text,
        replyAllowed: letter.replyAllowed ?? false,
        caseId: letter.caseId,
        attachments,
      });
      return { messageId: message.id };
    };
    return executor.isTransaction ? send(executor) : this.deps.db.transaction().execute(send);
  }

  async messageExists(id: string): Promise<boolean> {
    return Boolean(await repository.findMessage(this.deps.db, id));
  }

  /** A demo letter with a fixed id (demo data only), otherwise exactly as sendLetter. */
  async sendDemoLetter(
    trx: Executor,
    actor: Principal,
    id: string,
    letter: Parameters<PostContract['sendLetter']>[2],
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    const text = checkText(letter, problems);
    const attachments = await checkFiles(letter.attachments, problems);
    throwIfProblems(problems);
    const owner = ownerFromParty(letter.recipient);
    const department = await this.sendingDepartment(letter.senderDepartmentId, actor);
    await deliverLetter(trx, this.deps.events, actor, {
      id,
      owner,
      department,
      ...text,
      replyAllowed: letter.replyAllowed ?? false,
      caseId: letter.caseId,
      attachments,
    });
  }

  private async assertPartyExists(executor: Executor, owner: MailboxOwner): Promise<void> {
    const exists =
      isUuid(owner.id) &&
      (owner.kind === 'person'
        ? await this.deps.identity.getPerson(owner.id, executor)
        : await this.deps.identity.getBusiness(owner.id, executor));
    if (!exists) throw new HttpProblem(400, 'post.validation.unknownRecipient');
  }

  async lettersForCase(
    caseId: string,
    recipient: PartyRef,
  ): Promise<Array<{ messageId: string; subject: string; sentAt: Date; href: string }>> {
    const owner = ownerFromParty(recipient);
    const mailbox = await repository.findMailbox(this.deps.db, owner.kind, owner.id);
    if (!mailbox) return [];
    return (await repository.listCaseLetters(this.deps.db, mailbox.id, caseId)).map((row) => ({
      messageId: row.id,
      subject: row.subject,
      sentAt: row.created_at,
      href: `/post/messages/${row.id}`,
    }));
  }

  async markNotified(messageId: string, channel: 'sms' | 'email', executor: Executor = this.deps.db): Promise<void> {
    if (!isUuid(messageId)) return;
    await repository.markNotified(executor, messageId, channel);
  }

  /** The short notification line the sender gave a letter (MeMo's notification header), for the notify module. */
  async notificationText(messageId: string, executor: Executor = this.deps.db): Promise<string | undefined> {
    if (!isUuid(messageId)) return undefined;
    return (await repository.findMessage(executor, messageId))?.notification_text ?? undefined;
  }

  /**
   * A letter to a CPR or CVR number (the integration API and bulk letters): the number is checked
   * (format, date) and must belong to a known person or business — a 400 problem otherwise.
   */
  async sendToNumber(executor: Executor, actor: Principal, input: SendToNumberInput): Promise<repository.MessageRow> {
    assertCan(actor, 'post:send');
    const problems: FieldProblem[] = [];
    const number = checkRecipientNumber(input.recipient.kind, input.recipient.number, problems);
    const text = checkText(input, problems);
    const attachments = await checkFiles(input.attachments, problems);
    throwIfProblems(problems);
    const owner = await this.resolveNumber(executor, number!);
    if (!owner) throw new HttpProblem(400, 'post.validation.unknownRecipient');
    const department = await this.sendingDepartment(input.departmentId, actor);
    if (input.id && (await repository.findMessage(executor, input.id)))
      throw new HttpProblem(409, 'post.api.duplicateMessage');
    const thread = await threadAnswered(executor, owner, input.replyTo ?? []);
    const message = await deliverLetter(executor, this.deps.events, actor, {
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
      await this.deps.queue.enqueue(
        executor,
        releaseHeldLetterJob,
        { messageId: message.id },
        { startAfter: message.deliver_after },
      );
    return message;
  }

  /** A letter to a CPR/CVR number in its own transaction (the integration API); a department code names the sender. */
  async sendByNumber(
    actor: Principal,
    input: Omit<SendToNumberInput, 'departmentId'> & { departmentCode?: string },
  ): Promise<{ id: string; status: string; delivery: 'digital' | 'print' }> {
    let departmentId: string | undefined;
    if (input.departmentCode) {
      departmentId = (await this.deps.identity.departmentByCode(input.departmentCode))?.id;
      if (!departmentId) throw new HttpProblem(400, 'post.validation.department');
    }
    const row = await this.deps.db
      .transaction()
      .execute((trx) => this.sendToNumber(trx, actor, { ...input, departmentId }));
    return { id: row.id, status: row.status, delivery: row.delivery };
  }

  async resolveNumber(executor: Executor, number: RecipientNumber): Promise<MailboxOwner | undefined> {
    if (number.kind === 'cpr') {
      const person = await this.deps.identity.findPersonByCpr(number.number, executor);
      return person && { kind: 'person', id: person.id };
    }
    const business = await this.deps.identity.findBusinessByCvr(number.number, executor);
    return business && { kind: 'business', id: business.id };
  }

  /** The department a letter is sent from: the one named, or the sender's own; a limited API client sends as its own only. */
  private async sendingDepartment(requested: string | null | undefined, actor: Principal): Promise<Department> {
    const department = requested
      ? await this.deps.identity.department(requested)
      : await this.deps.identity.departmentOf(actor);
    if (!department) throw new HttpProblem(400, 'post.validation.department');
    if (!maySendForDepartment(actor, department.id)) throw new HttpProblem(403, 'post.api.otherDepartment');
    return department;
  }
}
