import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { PartyRef, PostContract } from '#platform/contracts.ts';
import * as repository from './post.repository.ts';
import type { RecipientNumber } from './post-input.ts';
import { isUuid, ownerFromParty } from './mailbox-owner.ts';
import type { MailboxOwner, PostDependencies } from './post.types.ts';
import { sendDemoLetter, sendLetter } from './party-letter.ts';
import { sendByNumber, type SendToNumberInput, sendToNumber } from './number-letter.ts';
import { resolveNumber } from './letter-recipients.ts';

export type { SendToNumberInput };

/**
 * Sending letters from the municipality: to a party (the contract, party-letter.ts), to a CPR/CVR number
 * (number-letter.ts), and what follows a letter (its case, its notification).
 */
export class LetterSendingService {
  constructor(private readonly deps: PostDependencies) {}

  sendLetter(
    executor: Executor,
    actor: Principal,
    letter: Parameters<PostContract['sendLetter']>[2],
  ): Promise<{ messageId: string }> {
    return sendLetter(this.deps, executor, actor, letter);
  }

  /** Whether a letter to the party is delivered digitally (signed up), not printed. */
  async receivesDigitalPost(recipient: PartyRef, executor: Executor = this.deps.db): Promise<boolean> {
    const owner = ownerFromParty(recipient);
    return (await repository.currentRegistration(executor, owner.kind, owner.id))?.status === 'signed_up';
  }

  async messageExists(id: string): Promise<boolean> {
    return Boolean(await repository.findMessage(this.deps.db, id));
  }

  sendDemoLetter(
    trx: Executor,
    actor: Principal,
    id: string,
    letter: Parameters<PostContract['sendLetter']>[2],
  ): Promise<void> {
    return sendDemoLetter(this.deps, trx, actor, id, letter);
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

  /** A letter's subject, text and direction for the public post list (openness); undefined for an unknown id. */
  async journalLetter(messageId: string, executor: Executor = this.deps.db) {
    if (!isUuid(messageId)) return undefined;
    const row = await repository.findMessage(executor, messageId);
    return row ? { subject: row.subject, body: row.body, direction: row.direction } : undefined;
  }

  sendToNumber(executor: Executor, actor: Principal, input: SendToNumberInput): Promise<repository.MessageRow> {
    return sendToNumber(this.deps, executor, actor, input);
  }

  sendByNumber(
    actor: Principal,
    input: Omit<SendToNumberInput, 'departmentId'> & { departmentCode?: string },
  ): Promise<{ id: string; status: string; delivery: 'digital' | 'print' }> {
    return sendByNumber(this.deps, actor, input);
  }

  resolveNumber(executor: Executor, number: RecipientNumber): Promise<MailboxOwner | undefined> {
    return resolveNumber(this.deps, executor, number);
  }
}
