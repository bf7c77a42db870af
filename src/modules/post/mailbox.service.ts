import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { notFound } from '#platform/http/problem.ts';
import * as repository from './post.repository.ts';
import type { MessagePresenter } from './message-presenter.ts';
import { findOwnMessage, isUuid, ownerOf } from './mailbox-owner.ts';
import { openOwnMessage } from './open-message.ts';
import type {
  Folder,
  MailboxOwner,
  MailboxPage,
  MessageView,
  PostDependencies,
  RegistrationView,
} from './post.types.ts';

export const PAGE_SIZE = 20;

/** The owner's mailbox: the folders, opening a letter and its thread, attachments, archiving. */
export class MailboxService {
  constructor(
    private readonly deps: PostDependencies,
    private readonly presenter: MessagePresenter,
  ) {}

  async unreadCount(owner: MailboxOwner): Promise<number> {
    return repository.countUnreadOfOwner(this.deps.db, owner.kind, owner.id);
  }

  async mailbox(
    principal: Principal,
    options: { folder: Folder; search?: string; page: number },
  ): Promise<MailboxPage> {
    assertCan(principal, 'post:read-own');
    const owner = ownerOf(principal);
    const search = options.search?.trim().slice(0, 100) ?? '';
    // two round trips at once, each finding the mailbox by its owner: a read never writes, so without a mailbox yet
    // (no letter so far) the page is an empty one; the first letter creates it
    const [rows, overview] = await Promise.all([
      repository.listOwnerMessages(this.deps.db, owner.kind, owner.id, {
        folder: options.folder,
        search: search || undefined,
        limit: PAGE_SIZE + 1,
        offset: (options.page - 1) * PAGE_SIZE,
      }),
      repository.mailboxOverview(this.deps.db, owner.kind, owner.id),
    ]);
    const { unread, registration: current } = overview;
    const registration: RegistrationView = current
      ? { status: current.status, recordedAt: current.recordedAt }
      : { status: 'not_signed_up', recordedAt: null };
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

  /** Opens a message and returns its whole thread (see open-message.ts). */
  openMessage(principal: Principal, messageId: string): Promise<{ message: MessageView; thread: MessageView[] }> {
    return openOwnMessage(this.deps, this.presenter, principal, messageId);
  }

  async ownAttachment(
    principal: Principal,
    messageId: string,
    attachmentId: string,
  ): Promise<repository.AttachmentRow> {
    const row = await findOwnMessage(this.deps.db, principal, messageId);
    const attachment = isUuid(attachmentId)
      ? await repository.findAttachment(this.deps.db, row.id, attachmentId)
      : undefined;
    if (!attachment) throw notFound('post.message.notFound');
    return attachment;
  }

  async moveToFolder(principal: Principal, messageId: string, folder: 'inbox' | 'archive'): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const row = await findOwnMessage(trx, principal, messageId);
      // a message one wrote goes back to "sent", not to the inbox
      await repository.setOwnerFolder(
        trx,
        row.id,
        folder === 'archive' ? 'archive' : row.direction === 'in' ? 'sent' : 'inbox',
      );
    });
  }
}
