import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { Attachment, PartyRef, PostContract } from '#platform/contracts.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import type * as repository from './post.repository.ts';
import type { RecipientNumber } from './post-input.ts';
import { MessagePresenter } from './message-presenter.ts';
import { LetterSendingService, type SendToNumberInput } from './letter-sending.service.ts';
import { MailboxService } from './mailbox.service.ts';
import { IncomingMessageService } from './incoming-message.service.ts';
import { RegistrationService } from './registration.service.ts';
import { StaffPostService } from './staff-post.service.ts';
import { PrintService } from './print.service.ts';
import { BulkLetterService } from './bulk-letters.service.ts';
import { MemoService } from './memo.service.ts';
import type {
  Folder,
  MailboxOwner,
  MailboxPage,
  MessageView,
  PostDependencies,
  RegistrationView,
} from './post.types.ts';

export type { PostDependencies, SendToNumberInput };
export { PAGE_SIZE } from './mailbox.service.ts';
export { ownerOf } from './mailbox-owner.ts';

type Letter = Parameters<PostContract['sendLetter']>[2];

/**
 * Digital post, one door to its parts: sending letters, the owners' mailboxes, their replies and messages,
 * sign-up and exemption; staff, print and bulk letters are reached through their own services.
 */
export class PostService implements PostContract {
  readonly presenter: MessagePresenter;
  /** letters from the municipality: to a party, to a CPR/CVR number */
  readonly sending: LetterSendingService;
  /** the owner's folders, letters, threads and attachments */
  readonly mailboxes: MailboxService;
  /** replies and new messages from citizens and businesses */
  readonly incoming: IncomingMessageService;
  /** sign-up, withdrawal and exemption */
  readonly registrations: RegistrationService;
  /** staff and API clients: writing letters, the department mailbox */
  readonly staff: StaffPostService;
  /** printed letters for those not signed up */
  readonly print: PrintService;
  /** one letter to many recipients, in chunks on the queue */
  readonly bulk: BulkLetterService;
  /** MeMo documents in (letters and NemSMS) and letters out as MeMo */
  readonly memo: MemoService;

  constructor(private readonly deps: PostDependencies) {
    this.presenter = new MessagePresenter(deps.identity);
    this.sending = new LetterSendingService(deps);
    this.registrations = new RegistrationService(deps);
    this.mailboxes = new MailboxService(deps, this.presenter);
    this.incoming = new IncomingMessageService(deps);
    this.staff = new StaffPostService(deps, this.presenter);
    this.print = new PrintService(deps);
    this.bulk = new BulkLetterService(deps);
    this.memo = new MemoService(deps, this.sending, this.staff);
  }

  // Departments (identity's cache) -------------------------------------------------------------

  listDepartments(): Promise<Department[]> {
    return this.deps.identity.listDepartments();
  }
  department(id: string | null | undefined): Promise<Department | undefined> {
    return this.deps.identity.department(id);
  }
  departmentByCode(code: string): Promise<Department | undefined> {
    return this.deps.identity.departmentByCode(code);
  }

  // Sending (the contract) ---------------------------------------------------------------------

  sendLetter(executor: Executor, actor: Principal, letter: Letter): Promise<{ messageId: string }> {
    return this.sending.sendLetter(executor, actor, letter);
  }
  sendDemoLetter(trx: Executor, actor: Principal, id: string, letter: Letter): Promise<void> {
    return this.sending.sendDemoLetter(trx, actor, id, letter);
  }
  receivesDigitalPost(recipient: PartyRef, executor?: Executor): Promise<boolean> {
    return this.sending.receivesDigitalPost(recipient, executor);
  }
  messageExists(id: string): Promise<boolean> {
    return this.sending.messageExists(id);
  }
  lettersForCase(
    caseId: string,
    recipient: PartyRef,
  ): Promise<Array<{ messageId: string; subject: string; sentAt: Date; href: string }>> {
    return this.sending.lettersForCase(caseId, recipient);
  }
  markNotified(messageId: string, channel: 'sms' | 'email', executor?: Executor): Promise<void> {
    return this.sending.markNotified(messageId, channel, executor);
  }
  notificationText(messageId: string, executor?: Executor): Promise<string | undefined> {
    return this.sending.notificationText(messageId, executor);
  }
  journalLetter(messageId: string, executor?: Executor) {
    return this.sending.journalLetter(messageId, executor);
  }
  nemSmsText(smsId: string, executor?: Executor): Promise<string | undefined> {
    return this.memo.nemSmsText(smsId, executor);
  }
  sendToNumber(executor: Executor, actor: Principal, input: SendToNumberInput): Promise<repository.MessageRow> {
    return this.sending.sendToNumber(executor, actor, input);
  }
  sendByNumber(
    actor: Principal,
    input: Omit<SendToNumberInput, 'departmentId'> & { departmentCode?: string },
  ): Promise<{ id: string; status: string; delivery: 'digital' | 'print' }> {
    return this.sending.sendByNumber(actor, input);
  }
  resolveNumber(executor: Executor, number: RecipientNumber): Promise<MailboxOwner | undefined> {
    return this.sending.resolveNumber(executor, number);
  }

  // The owner's mailbox ------------------------------------------------------------------------

  unreadCount(owner: MailboxOwner): Promise<number> {
    return this.mailboxes.unreadCount(owner);
  }
  mailbox(principal: Principal, options: { folder: Folder; search?: string; page: number }): Promise<MailboxPage> {
    return this.mailboxes.mailbox(principal, options);
  }
  openMessage(principal: Principal, messageId: string): Promise<{ message: MessageView; thread: MessageView[] }> {
    return this.mailboxes.openMessage(principal, messageId);
  }
  ownAttachment(principal: Principal, messageId: string, attachmentId: string): Promise<repository.AttachmentRow> {
    return this.mailboxes.ownAttachment(principal, messageId, attachmentId);
  }
  moveToFolder(principal: Principal, messageId: string, folder: 'inbox' | 'archive'): Promise<void> {
    return this.mailboxes.moveToFolder(principal, messageId, folder);
  }

  // Replies and messages to the municipality ---------------------------------------------------

  reply(
    principal: Principal,
    messageId: string,
    input: { body?: string; attachments?: Attachment[] },
  ): Promise<string> {
    return this.incoming.reply(principal, messageId, input);
  }
  writeToDepartment(
    principal: Principal,
    input: { departmentId?: string; subject?: string; body?: string; attachments?: Attachment[] },
  ): Promise<string> {
    return this.incoming.writeToDepartment(principal, input);
  }

  // Sign-up and exemption ----------------------------------------------------------------------

  registrationOf(owner: MailboxOwner, executor?: Executor): Promise<RegistrationView> {
    return this.registrations.registrationOf(owner, executor);
  }
  registration(principal: Principal): Promise<RegistrationView> {
    return this.registrations.registration(principal);
  }
  setRegistration(principal: Principal, choice: 'signed_up' | 'withdrawn'): Promise<RegistrationView> {
    return this.registrations.setRegistration(principal, choice);
  }
  recordRegistration(
    executor: Executor,
    owner: MailboxOwner,
    status: repository.RegistrationStatus,
    recordedBy: string,
  ): Promise<void> {
    return this.registrations.recordRegistration(executor, owner, status, recordedBy);
  }
}
