import type { Principal } from '#platform/auth/principal.ts';
import type { Attachment } from '#platform/contracts.ts';
import type * as repository from './post.repository.ts';
import type { MessagePresenter } from './message-presenter.ts';
import type {
  DepartmentMessageSummary,
  DepartmentMessageView,
  MessageStatusView,
  PostDependencies,
} from './post.types.ts';
import { departmentMessage } from './department-message.ts';
import { sendAsStaff, type StaffLetterInput } from './staff-letter.service.ts';
import { recordExemption } from './exemption.service.ts';
import { departmentMailbox } from './department-mailbox.service.ts';
import { readAttachment, readMessage } from './department-reading.service.ts';
import { answerMessage } from './department-answer.service.ts';
import { type ReplyView, repliesTo } from './message-replies.service.ts';
import { messageForExport } from './message-export.service.ts';

export type { StaffLetterInput };

/**
 * Staff and API clients: writing letters, the department mailbox, and reading replies (audited).
 * Each of these lives in its own file; this is the one door routes use.
 */
export class StaffPostService {
  constructor(
    private readonly deps: PostDependencies,
    private readonly presenter: MessagePresenter,
  ) {}

  sendAsStaff(
    actor: Principal,
    input: StaffLetterInput,
  ): Promise<{ messageId: string; delivery: 'digital' | 'print' }> {
    return sendAsStaff(this.deps, actor, input);
  }

  recordExemption(
    actor: Principal,
    input: { cpr: string; purpose: string; choice: 'exempt' | 'signed_up' },
  ): Promise<{ name: string; status: 'exempt' | 'signed_up' }> {
    return recordExemption(this.deps, actor, input);
  }

  departmentMailbox(
    actor: Principal,
    options: { direction: 'in' | 'out'; page: number },
  ): Promise<{ messages: DepartmentMessageSummary[]; hasNext: boolean; departmentName: { da: string; en: string } }> {
    return departmentMailbox(this.deps, this.presenter, actor, options);
  }

  readMessage(actor: Principal, messageId: string): Promise<DepartmentMessageView> {
    return readMessage(this.deps, this.presenter, actor, messageId);
  }

  answer(
    actor: Principal,
    messageId: string,
    input: { body: string; replyAllowed: boolean; attachments: Attachment[] },
  ): Promise<string> {
    return answerMessage(this.deps, actor, messageId, input);
  }

  attachment(actor: Principal, messageId: string, attachmentId: string): Promise<repository.AttachmentRow> {
    return readAttachment(this.deps, actor, messageId, attachmentId);
  }

  async status(actor: Principal, messageId: string): Promise<MessageStatusView> {
    return this.presenter.toStatus(await departmentMessage(this.deps.db, actor, messageId));
  }

  replies(actor: Principal, messageId: string): Promise<ReplyView[]> {
    return repliesTo(this.deps, actor, messageId);
  }

  messageForExport(actor: Principal, messageId: string) {
    return messageForExport(this.deps, actor, messageId);
  }
}
