import type { Logger } from 'pino';
import type { Database, Executor } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { PostMessageRead, PostReplyReceived } from './post.events.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan, ForbiddenError } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem, notFound } from '#platform/http/problem.ts';
import type { Attachment, PartyRef, PostContract } from '#platform/contracts.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import * as repository from './post.repository.ts';
import { deliverLetter } from './delivery.ts';
import {
  checkFiles,
  checkRecipientNumber,
  checkText,
  throwIfProblems,
  type FieldProblem,
  type RecipientNumber,
} from './post-input.ts';
import { MessagePresenter } from './message-presenter.ts';
import type { PostDependencies } from './post.types.ts';
import { StaffPostService } from './staff-post.service.ts';
import { PrintService } from './print.service.ts';
import { BulkLetterService } from './bulk-letters.service.ts';
import { mailboxOwnerOf, maySendForDepartment } from './post.policy.ts';
import type {
  Folder,
  MailboxOwner,
  MailboxPage,
  MessageStatusView,
  MessageSummary,
  MessageView,
  RegistrationView,
} from './post.types.ts';

export const PAGE_SIZE = 20;

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
}
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export type { PostDependencies };

/** A mailbox's owner as an event names it. */
const partyOf = (owner: MailboxOwner): { personId: string } | { businessId: string } =>
  owner.kind === 'person' ? { personId: owner.id } : { businessId: owner.id };

/** The mailbox a citizen or business representative may read: their own, or their business's. */
export function ownerOf(principal: Principal): MailboxOwner {
  const owner = mailboxOwnerOf(principal);
  if (!owner) throw new ForbiddenError('post:read-own');
  return owner;
}
const ownerFromParty = (party: PartyRef): MailboxOwner =>
  party.businessId ? { kind: 'business', id: party.businessId } : { kind: 'person', id: party.personId! };

/** Digital post: delivering letters, the owners' mailboxes (read, reply, write, archive, search) and sign-up. */
export class PostService implements PostContract {
  readonly presenter: MessagePresenter;
  /** staff and API clients: writing letters, the department mailbox */
  readonly staff: StaffPostService;
  /** printed letters for those not signed up */
  readonly print: PrintService;
  /** one letter to many recipients, in chunks on the queue */
  readonly bulk: BulkLetterService;

  constructor(readonly deps: PostDependencies) {
    this.presenter = new MessagePresenter(deps.identity);
    this.staff = new StaffPostService(deps, this.presenter);
    this.print = new PrintService(deps);
    this.bulk = new BulkLetterService(deps);
  }

  // Departments (identity's cache) -------------------------------------------------------------

  async listDepartments(): Promise<Department[]> {
    return this.deps.identity.listDepartments();
  }
  async department(id: string | null | undefined): Promise<Department | undefined> {
    return this.deps.identity.department(id);
  }
  async departmentByCode(code: string): Promise<Department | undefined> {
    return this.deps.identity.departmentByCode(code);
  }
  /** The department a letter is sent from: the one named, or the sender's own; a limited API client sends as its own only. */
  private async sendingDepartment(requested: string | null | undefined, actor: Principal): Promise<Department> {
    const department = requested ? await this.department(requested) : await this.deps.identity.departmentOf(actor);
    if (!department) throw new HttpProblem(400, 'post.validation.department');
    if (!maySendForDepartment(actor, department.id)) throw new HttpProblem(403, 'post.api.otherDepartment');
    return department;
  }

  // The contract ------------------------------------------------------------------------------

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
    return deliverLetter(executor, this.deps.events, actor, {
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
  }

  /** A letter to a CPR/CVR number in its own transaction (the integration API); a department code names the sender. */
  async sendByNumber(
    actor: Principal,
    input: Omit<SendToNumberInput, 'departmentId'> & { departmentCode?: string },
  ): Promise<{ id: string; status: string; delivery: 'digital' | 'print' }> {
    let departmentId: string | undefined;
    if (input.departmentCode) {
      departmentId = (await this.departmentByCode(input.departmentCode))?.id;
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

  // Presenting ----------------------------------------------------------------------------------

  // The owner's mailbox -------------------------------------------------------------------------

  async unreadCount(owner: MailboxOwner): Promise<number> {
    return repository.countUnreadOfOwner(this.deps.db, owner.kind, owner.id);
  }

  async mailbox(
    principal: Principal,
    options: { folder: Folder; search?: string; page: number },
  ): Promise<MailboxPage> {
    assertCan(principal, 'post:read-own');
    const owner = ownerOf(principal);
    // a read never writes: without a mailbox yet (no letter so far) the page is an empty one; the first letter creates it
    const mailbox = await repository.findMailbox(this.deps.db, owner.kind, owner.id);
    const search = options.search?.trim().slice(0, 100) ?? '';
    // independent reads at once: the page waits for the slowest, not for the sum of the round trips
    const [rows, unread, registration] = await Promise.all([
      mailbox
        ? repository.listMailboxMessages(this.deps.db, mailbox.id, {
            folder: options.folder,
            search: search || undefined,
            limit: PAGE_SIZE + 1,
            offset: (options.page - 1) * PAGE_SIZE,
          })
        : [],
      mailbox ? repository.countUnread(this.deps.db, mailbox.id) : 0,
      this.registration(principal),
    ]);
    return {
      folder: options.folder,
      search,
      page: options.page,
      hasNext: rows.length > PAGE_SIZE,
      unread,
      messages: await Promise.all(rows.slice(0, PAGE_SIZE).map((row) => this.presenter.toSummary(row))),
      registration,
    };
  }

  /** The message only if it is in the principal's own mailbox; anything else is "not found" (never "forbidden", which would tell it exists). */
  private async ownMessage(
    executor: Executor,
    principal: Principal,
    messageId: string,
  ): Promise<repository.MessageRow> {
    assertCan(principal, 'post:read-own');
    const owner = ownerOf(principal);
    const mailbox = isUuid(messageId) ? await repository.findMailbox(executor, owner.kind, owner.id) : undefined;
    const row = mailbox && (await repository.findMessageInMailbox(executor, mailbox.id, messageId));
    if (!row) throw notFound('post.message.notFound');
    return row;
  }

  /** Opens a message (marking what the municipality sent in its thread as read) and returns the whole thread. */
  async openMessage(principal: Principal, messageId: string): Promise<{ message: MessageView; thread: MessageView[] }> {
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await this.ownMessage(trx, principal, messageId);
      const thread = (await repository.listThread(trx, row.thread_id)).filter(
        (message) => message.mailbox_id === row.mailbox_id,
      );
      const readAt = new Date();
      const firstRead = thread.filter((message) => message.direction === 'out' && !message.read_at);
      for (const message of firstRead) await repository.markRead(trx, message.id);
      await this.deps.events.publishMany(
        trx,
        PostMessageRead,
        firstRead.map((message) => ({
          messageId: message.id,
          ...partyOf(ownerOf(principal)),
          departmentCode: message.department_code,
          readAt: readAt.toISOString(),
        })),
      );
      const attachments = await repository.listAttachments(
        trx,
        thread.map((message) => message.id),
      );
      const views = await Promise.all(
        thread.map((message) =>
          this.presenter.toView({ ...message, read_at: message.read_at ?? new Date() }, attachments),
        ),
      );
      return { message: views.find((view) => view.id === row.id)!, thread: views };
    });
  }

  async ownAttachment(
    principal: Principal,
    messageId: string,
    attachmentId: string,
  ): Promise<repository.AttachmentRow> {
    const row = await this.ownMessage(this.deps.db, principal, messageId);
    const attachment = isUuid(attachmentId)
      ? await repository.findAttachment(this.deps.db, row.id, attachmentId)
      : undefined;
    if (!attachment) throw notFound('post.message.notFound');
    return attachment;
  }

  async moveToFolder(principal: Principal, messageId: string, folder: 'inbox' | 'archive'): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const row = await this.ownMessage(trx, principal, messageId);
      // a message one wrote goes back to "sent", not to the inbox
      await repository.setOwnerFolder(
        trx,
        row.id,
        folder === 'archive' ? 'archive' : row.direction === 'in' ? 'sent' : 'inbox',
      );
    });
  }

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
      const original = await this.ownMessage(trx, principal, messageId);
      if (original.direction !== 'out' || !original.reply_allowed) throw new HttpProblem(403, 'post.reply.notAllowed');
      throwIfProblems(problems);
      const subject = /^(sv|re):/i.test(original.subject) ? original.subject : `Sv: ${original.subject}`;
      return this.insertIncoming(trx, principal, {
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
    const department = await this.department(input.departmentId);
    if (!department) problems.push({ field: 'department', key: 'post.validation.department' });
    const text = checkText(input, problems);
    const attachments = await checkFiles(input.attachments, problems);
    throwIfProblems(problems);
    const owner = ownerOf(principal);
    return this.deps.db.transaction().execute(async (trx) => {
      const mailboxId = await repository.ensureMailbox(trx, owner.kind, owner.id);
      const id = crypto.randomUUID();
      return this.insertIncoming(trx, principal, {
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

  private async insertIncoming(
    trx: Executor,
    principal: Principal,
    input: {
      id?: string;
      mailboxId: string;
      departmentId: string | null;
      departmentCode: string;
      subject: string;
      body: string;
      caseId: string | null;
      threadId: string;
      inReplyTo: string | null;
      attachments: Awaited<ReturnType<typeof checkFiles>>;
    },
  ): Promise<string> {
    const sender =
      principal.kind === 'business'
        ? `${principal.name}${principal.representativeName ? ` (${principal.representativeName})` : ''}`
        : principal.name;
    const message = await repository.insertMessage(trx, {
      ...(input.id ? { id: input.id } : {}),
      mailbox_id: input.mailboxId,
      direction: 'in',
      department_id: input.departmentId,
      department_code: input.departmentCode,
      sender_kind: principal.kind,
      sender_id: principal.id,
      sender_name: sender,
      subject: input.subject,
      body: input.body,
      reply_allowed: false,
      case_id: input.caseId,
      thread_id: input.threadId,
      in_reply_to: input.inReplyTo,
      delivery: 'digital',
      status: 'delivered',
      owner_folder: 'sent',
      department_folder: 'inbox',
      notification_text: null,
      print_batch_id: null,
      bulk_id: null,
      delivered_at: new Date(),
    });
    await repository.insertAttachments(trx, message.id, input.attachments);
    await this.deps.events.publish(trx, PostReplyReceived, {
      messageId: message.id,
      threadId: input.threadId,
      ...(input.inReplyTo ? { inReplyTo: input.inReplyTo } : {}),
      ...partyOf(ownerOf(principal)),
      departmentCode: input.departmentCode,
      ...(input.caseId ? { caseId: input.caseId } : {}),
      receivedAt: message.created_at.toISOString(),
    });
    return message.id;
  }

  // Sign-up and exemption ---------------------------------------------------------------------

  async registrationOf(owner: MailboxOwner, executor: Executor = this.deps.db): Promise<RegistrationView> {
    const row = await repository.currentRegistration(executor, owner.kind, owner.id);
    return { status: row?.status ?? 'not_signed_up', recordedAt: row?.recorded_at ?? null };
  }

  async registration(principal: Principal): Promise<RegistrationView> {
    return this.registrationOf(ownerOf(principal));
  }

  /** One click: signs up for digital post, or withdraws. Recorded with its time and audited; an exempt owner cannot sign up online. */
  async setRegistration(principal: Principal, choice: 'signed_up' | 'withdrawn'): Promise<RegistrationView> {
    assertCan(principal, 'post:read-own');
    const owner = ownerOf(principal);
    return this.deps.db.transaction().execute(async (trx) => {
      const current = await repository.currentRegistration(trx, owner.kind, owner.id);
      if (current?.status === choice) return { status: current.status, recordedAt: current.recorded_at };
      const row = await repository.insertRegistration(trx, {
        owner_kind: owner.kind,
        owner_id: owner.id,
        status: choice,
        recorded_by: `${principal.kind}:${principal.id}`,
      });
      await recordAudit(trx, {
        actor: principal,
        action: choice === 'signed_up' ? 'post:sign-up' : 'post:withdraw',
        ...(owner.kind === 'person' ? { personId: owner.id } : { businessId: owner.id }),
        objectType: 'post-registration',
        objectId: String(row.id),
        purpose: 'own choice on the digital post page',
      });
      return { status: row.status, recordedAt: row.recorded_at };
    });
  }

  /** Staff or demo data record an exemption (the citizen applied at the citizen service desk). */
  async recordRegistration(
    executor: Executor,
    owner: MailboxOwner,
    status: repository.RegistrationStatus,
    recordedBy: string,
  ): Promise<void> {
    await repository.insertRegistration(executor, {
      owner_kind: owner.kind,
      owner_id: owner.id,
      status,
      recorded_by: recordedBy,
    });
  }
}
