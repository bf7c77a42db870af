import { withMemoDetails } from './memo-view.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan, ForbiddenError } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem, notFound } from '#platform/http/problem.ts';
import type { Executor } from '#platform/db/database.ts';
import type { Attachment } from '#platform/contracts.ts';
import * as repository from './post.repository.ts';
import { deliverLetter } from './delivery.ts';
import {
  checkFiles,
  checkRecipientNumber,
  checkText,
  PostInputError,
  throwIfProblems,
  type FieldProblem,
} from './post-input.ts';
import type { MessagePresenter } from './message-presenter.ts';
import type { PostDependencies } from './post.types.ts';
import { mayReadDepartmentRecord, messageRecord } from './post.policy.ts';
import type {
  DepartmentMessageSummary,
  DepartmentMessageView,
  MailboxOwner,
  MessageStatusView,
  MessageView,
} from './post.types.ts';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

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

/** Staff and API clients: writing letters, the department mailbox, and reading replies (audited). */
export class StaffPostService {
  constructor(
    private readonly deps: PostDependencies,
    private readonly presenter: MessagePresenter,
  ) {}

  private get db() {
    return this.deps.db;
  }

  /**
   * A caseworker writes to a person or business found by CPR/CVR. The lookup goes through the identity
   * module (audited with the purpose) and the letter is sent in the same transaction.
   */
  async sendAsStaff(
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
      ? await this.deps.identity.department(input.departmentId)
      : await this.deps.identity.department(actor.departmentId);
    if (!department) throw new PostInputError([{ field: 'department', key: 'post.validation.department' }]);
    return this.db.transaction().execute(async (trx) => {
      let owner: MailboxOwner;
      try {
        owner =
          number!.kind === 'cpr'
            ? {
                kind: 'person',
                id: (await this.deps.identity.lookupPersonByCpr(actor, number!.number, purpose, trx)).id,
              }
            : {
                kind: 'business',
                id: (await this.deps.identity.lookupBusinessByCvr(actor, number!.number, purpose, trx)).id,
              };
      } catch (error) {
        if (error instanceof HttpProblem && error.statusCode === 404)
          throw new PostInputError([{ field: 'recipient', key: 'post.validation.unknownRecipient' }]);
        throw error;
      }
      const message = await deliverLetter(trx, this.deps.events, actor, {
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

  /**
   * The citizen service desk records an exemption from digital post (or lifts it, which signs the
   * citizen up again). The look-up is audited with the purpose, and so is the change.
   */
  async recordExemption(
    actor: Principal,
    input: { cpr: string; purpose: string; choice: 'exempt' | 'signed_up' },
  ): Promise<{ name: string; status: 'exempt' | 'signed_up' }> {
    assertCan(actor, 'post:exempt');
    const problems: FieldProblem[] = [];
    const number = checkRecipientNumber('cpr', input.cpr, problems, 'cpr');
    const purpose = input.purpose.trim();
    if (!purpose) problems.push({ field: 'purpose', key: 'post.validation.purposeRequired' });
    throwIfProblems(problems);
    return this.db.transaction().execute(async (trx) => {
      let person;
      try {
        person = await this.deps.identity.lookupPersonByCpr(actor, number!.number, purpose, trx);
      } catch (error) {
        if (error instanceof HttpProblem && error.statusCode === 404)
          throw new PostInputError([{ field: 'cpr', key: 'post.validation.unknownRecipient' }]);
        throw error;
      }
      await repository.insertRegistration(trx, {
        owner_kind: 'person',
        owner_id: person.id,
        status: input.choice,
        recorded_by: `${actor.kind}:${actor.id}`,
      });
      await recordAudit(trx, {
        actor,
        action: input.choice === 'exempt' ? 'post:exempt' : 'post:exempt-lifted',
        personId: person.id,
        objectType: 'post-registration',
        objectId: person.id,
        purpose,
      });
      return { name: person.name, status: input.choice };
    });
  }

  private departmentOf(actor: Principal): string {
    if (!actor.departmentId) throw new HttpProblem(403, 'post.department.none');
    return actor.departmentId;
  }

  /** The department's sent post, or what it received (replies and new messages). The overview names recipients, so it is audited. */
  async departmentMailbox(
    actor: Principal,
    options: { direction: 'in' | 'out'; page: number },
  ): Promise<{ messages: DepartmentMessageSummary[]; hasNext: boolean; departmentName: { da: string; en: string } }> {
    assertCan(actor, 'post:read-department');
    const departmentId = this.departmentOf(actor);
    return this.db.transaction().execute(async (trx) => {
      const rows = await repository.listDepartmentMessages(trx, departmentId, {
        direction: options.direction,
        limit: 26,
        offset: (options.page - 1) * 25,
      });
      const names = await this.ownerNames(
        trx,
        rows.map((row) => row.mailbox_id),
      );
      await recordAudit(trx, {
        actor,
        action: 'post:department-mailbox',
        objectType: 'post-department',
        objectId: departmentId,
        purpose: options.direction === 'in' ? 'department mailbox: received messages' : 'department mailbox: sent post',
      });
      const messages = await Promise.all(
        rows.slice(0, 25).map(async (row) => ({
          ...(await this.presenter.toSummary(row)),
          recipientName: names.get(row.mailbox_id)?.name ?? '',
        })),
      );
      const department = await this.deps.identity.department(departmentId);
      return { messages, hasNext: rows.length > 25, departmentName: department?.name ?? { da: '', en: '' } };
    });
  }

  private async ownerNames(
    executor: Executor,
    mailboxIds: string[],
  ): Promise<Map<string, { name: string; owner: MailboxOwner }>> {
    const mailboxes = await repository.findMailboxesByIds(executor, [...new Set(mailboxIds)]);
    const result = new Map<string, { name: string; owner: MailboxOwner }>();
    for (const mailbox of mailboxes) {
      const name =
        mailbox.owner_kind === 'person'
          ? (await this.deps.identity.getPerson(mailbox.owner_id, executor))?.name
          : (await this.deps.identity.getBusiness(mailbox.owner_id, executor))?.name;
      result.set(mailbox.id, { name: name ?? '', owner: { kind: mailbox.owner_kind, id: mailbox.owner_id } });
    }
    return result;
  }

  /**
   * A staff member's or API client's message: one of its department's (staff), or one it sent or of its
   * department (API client). Anything else is "not found".
   */
  private async departmentMessage(
    executor: Executor,
    actor: Principal,
    messageId: string,
  ): Promise<repository.MessageRow> {
    assertCan(actor, 'post:read-department');
    const row = isUuid(messageId) ? await repository.findMessage(executor, messageId) : undefined;
    if (!row || !mayReadDepartmentRecord(actor, messageRecord(row))) throw notFound('post.message.notFound');
    return row;
  }

  /** Reads a message and its thread as staff: audited with the person or business it concerns; a received message is marked read by the department. */
  async readMessage(actor: Principal, messageId: string): Promise<DepartmentMessageView> {
    if (actor.kind !== 'staff') throw new ForbiddenError('post:read-department');
    return this.db.transaction().execute(async (trx) => {
      const row = await this.departmentMessage(trx, actor, messageId);
      const names = await this.ownerNames(trx, [row.mailbox_id]);
      const owner = names.get(row.mailbox_id)!;
      const thread = await repository.listThread(trx, row.thread_id);
      for (const message of thread)
        if (message.direction === 'in' && !message.read_at) await repository.markRead(trx, message.id);
      await recordAudit(trx, {
        actor,
        action: 'post:read',
        ...(owner.owner.kind === 'person' ? { personId: owner.owner.id } : { businessId: owner.owner.id }),
        objectType: 'post-message',
        objectId: row.id,
        purpose:
          row.direction === 'in'
            ? 'department mailbox: reading a reply or message from the citizen'
            : 'department mailbox: reading sent post',
      });
      const attachments = await repository.listAttachments(
        trx,
        thread.map((message) => message.id),
      );
      const views: MessageView[] = await withMemoDetails(
        trx,
        await Promise.all(thread.map((message) => this.presenter.toView(message, attachments, 'department'))),
      );
      return { ...views.find((view) => view.id === row.id)!, recipientName: owner.name, thread: views };
    });
  }

  /** The department answers a reply or message it received: a letter into the same mailbox and thread. */
  async answer(
    actor: Principal,
    messageId: string,
    input: { body: string; replyAllowed: boolean; attachments: Attachment[] },
  ): Promise<string> {
    assertCan(actor, 'post:send');
    const problems: FieldProblem[] = [];
    const text = checkText({ subject: 'answer', body: input.body }, problems);
    const attachments = await checkFiles(input.attachments, problems);
    return this.db.transaction().execute(async (trx) => {
      const received = await this.departmentMessage(trx, actor, messageId);
      if (received.direction !== 'in') throw new HttpProblem(409, 'error.409.text');
      throwIfProblems(problems);
      const mailbox = (await repository.findMailboxById(trx, received.mailbox_id))!;
      const department =
        (await this.deps.identity.department(received.department_id)) ??
        (await this.deps.identity.department(actor.departmentId));
      if (!department) throw new HttpProblem(403, 'post.department.none');
      const subject = /^(sv|re):/i.test(received.subject) ? received.subject : `Sv: ${received.subject}`;
      const message = await deliverLetter(trx, this.deps.events, actor, {
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

  async attachment(actor: Principal, messageId: string, attachmentId: string): Promise<repository.AttachmentRow> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.departmentMessage(trx, actor, messageId);
      const attachment = isUuid(attachmentId) ? await repository.findAttachment(trx, row.id, attachmentId) : undefined;
      if (!attachment) throw notFound('post.message.notFound');
      const mailbox = await repository.findMailboxById(trx, row.mailbox_id);
      await recordAudit(trx, {
        actor,
        action: 'post:read-attachment',
        ...(mailbox?.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox?.owner_id }),
        objectType: 'post-attachment',
        objectId: attachment.id,
        purpose: 'department mailbox: attachment opened',
      });
      return attachment;
    });
  }

  async status(actor: Principal, messageId: string): Promise<MessageStatusView> {
    return this.presenter.toStatus(await this.departmentMessage(this.db, actor, messageId));
  }

  /** The replies to a message (API): their content is personal data, so the read is audited. */
  async replies(
    actor: Principal,
    messageId: string,
  ): Promise<
    Array<{
      id: string;
      subject: string;
      body: string;
      receivedAt: Date;
      attachments: Array<{ id: string; filename: string; contentType: string; size: number; content: string }>;
    }>
  > {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.departmentMessage(trx, actor, messageId);
      const replies = await repository.listReplies(trx, row.id);
      if (replies.length) {
        const mailbox = await repository.findMailboxById(trx, row.mailbox_id);
        await recordAudit(trx, {
          actor,
          action: 'post:read',
          ...(mailbox?.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox?.owner_id }),
          objectType: 'post-message',
          objectId: row.id,
          purpose: 'integration API: replies to a sent message',
        });
      }
      const result = [];
      for (const reply of replies) {
        const attachments = await repository.listAttachmentsWithContent(trx, reply.id);
        result.push({
          id: reply.id,
          subject: reply.subject,
          body: reply.body,
          receivedAt: reply.created_at,
          attachments: attachments.map((file) => ({
            id: file.id,
            filename: file.filename,
            contentType: file.content_type,
            size: file.size,
            content: file.content.toString('base64'),
          })),
        });
      }
      return result;
    });
  }

  /** A full message with attachments for export (MeMo): audited like any staff read. */
  async messageForExport(actor: Principal, messageId: string) {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.departmentMessage(trx, actor, messageId);
      const mailbox = (await repository.findMailboxById(trx, row.mailbox_id))!;
      const attachments = await repository.listAttachmentsWithContent(trx, row.id);
      const owner =
        mailbox.owner_kind === 'person'
          ? await this.deps.identity.getPerson(mailbox.owner_id, trx)
          : await this.deps.identity.getBusiness(mailbox.owner_id, trx);
      await recordAudit(trx, {
        actor,
        action: 'post:export',
        ...(mailbox.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox.owner_id }),
        objectType: 'post-message',
        objectId: row.id,
        purpose: 'integration API: message exported as MeMo XML',
      });
      return {
        row,
        attachments,
        owner: {
          kind: mailbox.owner_kind,
          number: owner && 'cpr' in owner ? owner.cpr : owner && 'cvr' in owner ? owner.cvr : '',
          name: owner?.name ?? '',
        },
      };
    });
  }
}
