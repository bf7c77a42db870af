import type { Insertable } from 'kysely';
import type { Logger } from 'pino';
import type { NotificationTable } from './notify.repository.ts';
import type { Database, Executor } from '#platform/db/database.ts';
import type { PartyRef } from '#platform/contracts.ts';
import type { ContactService } from './contact.service.ts';
import type { DeliveryService } from './delivery.service.ts';
import type { TemplateService } from './template.service.ts';
import { looksLikeCpr } from './template-render.ts';

/** A letter that reached a digital mailbox, as notify needs it (from `post.message-sent` and the post module). */
export interface NewPost {
  messageId: string;
  personId?: string;
  businessId?: string;
  /** the sending department: recipients choose notifications per authority */
  authorityCode: string;
  /** the sender's short notification line (MeMo's notification header), if any */
  notificationText?: string;
}

/** What notify needs of the platform and the other modules to tell a recipient of new post. */
export interface NotifyDeps {
  db: Database;
  logger: Logger;
  publicUrl: string;
  authorityByCode(code: string): Promise<{ code: string; name: { da: string; en: string } } | undefined>;
  recipientName(recipient: PartyRef, executor?: Executor): Promise<string | undefined>;
}

interface NewPostServices {
  contacts: ContactService;
  delivery: DeliveryService;
  templates: TemplateService;
  deps: NotifyDeps;
}

/**
 * New post (`post.message-sent`, digital): SMS and/or e-mail to the recipient's verified contact points
 * that chose the sending authority, from the templates. Never the message body or a CPR number. In the
 * caller's transaction when given (the event subscription's); a repeated event inserts no second
 * notification (unique per message, channel and contact point), so nothing is sent twice.
 */
export async function notifyNewPost(
  { contacts, delivery, templates, deps }: NewPostServices,
  event: NewPost,
  executor?: Executor,
): Promise<number> {
  const recipient: PartyRef | undefined = event.personId
    ? { personId: event.personId }
    : event.businessId
      ? { businessId: event.businessId }
      : undefined;
  if (!recipient) return 0;
  const owner = recipient.personId
    ? { kind: 'citizen' as const, id: recipient.personId }
    : { kind: 'business' as const, id: recipient.businessId! };
  const recipients = await contacts.recipientsFor(owner, event.authorityCode, executor);
  if (recipients.length === 0) return 0;
  const [authority, recipientName] = await Promise.all([
    deps.authorityByCode(event.authorityCode),
    deps.recipientName(recipient, executor),
  ]);
  // the notification text is the sender's short header line; anything that looks like a CPR number is dropped
  const notificationText =
    event.notificationText && !looksLikeCpr(event.notificationText) ? event.notificationText : '';
  const rows: Array<Insertable<NotificationTable>> = [];
  for (const target of recipients) {
    const rendered = await templates.render(
      { kind: 'new-post', channel: target.channel, locale: target.locale },
      {
        authorityName: authority?.name[target.locale] ?? event.authorityCode,
        link: `${deps.publicUrl}/post`,
        notificationText,
        recipientName,
      },
      executor,
    );
    rows.push({
      kind: 'new-post' as const,
      source_id: event.messageId,
      channel: target.channel,
      contact_point_id: target.contactPointId,
      owner_kind: owner.kind,
      owner_id: owner.id,
      authority_code: event.authorityCode,
      recipient: target.address,
      subject: rendered.subject,
      text: rendered.text,
      provider_id: null,
      last_error: null,
      claimed_at: null,
      next_attempt_at: null,
      sent_at: null,
      delivered_at: null,
      failed_at: null,
    });
  }
  const created = executor
    ? await delivery.enqueue(executor, rows)
    : await deps.db.transaction().execute((trx) => delivery.enqueue(trx, rows));
  deps.logger.info(
    { messageId: event.messageId, notifications: created, duplicates: rows.length - created },
    'new post: notifications queued',
  );
  return created;
}
