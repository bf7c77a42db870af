import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables, type Folder, type MessageRow, type OwnerKind, type RegistrationStatus } from './post.tables.ts';

// Lists of messages for the mailbox pages (without bodies) and the unread counts.

/** A letter held by MeMo's doNotDeliverUntilDate is not in the owner's mailbox until its date. */
export const notHeld = sql<boolean>`(deliver_after is null or deliver_after <= now())`;
const notHeldMessage = sql<boolean>`(message.deliver_after is null or message.deliver_after <= now())`;

/** Messages without their body: for lists, which never need the content. */
const listColumns = [
  'id',
  'mailbox_id',
  'direction',
  'department_id',
  'department_code',
  'sender_name',
  'subject',
  'status',
  'owner_folder',
  'department_folder',
  'case_id',
  'thread_id',
  'delivery',
  'created_at',
  'read_at',
  'reply_allowed',
] as const;
export type MessageListRow = Pick<MessageRow, (typeof listColumns)[number]>;

/** The id of an owner's mailbox as a subquery: a page read by owner needs no look-up of the mailbox first. */
const mailboxOf = (executor: Executor, ownerKind: OwnerKind, ownerId: string) =>
  tables(executor)
    .selectFrom('post_mailboxes')
    .select('id')
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId);

/** A page of an owner's folder, newest first, in one round trip (none without a mailbox: no letter so far). */
export function listOwnerMessages(
  executor: Executor,
  ownerKind: OwnerKind,
  ownerId: string,
  options: { folder: Folder; search?: string; limit: number; offset: number },
) {
  let query = tables(executor)
    .selectFrom('post_messages')
    .select(listColumns)
    .where('mailbox_id', '=', mailboxOf(executor, ownerKind, ownerId))
    .where('owner_folder', '=', options.folder)
    .where(notHeld);
  if (options.search) {
    const pattern = `%${options.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query = query.where((where) =>
      where.or([
        where('subject', 'ilike', pattern),
        where('body', 'ilike', pattern),
        where('sender_name', 'ilike', pattern),
      ]),
    );
  }
  return query.orderBy('created_at', 'desc').orderBy('id').limit(options.limit).offset(options.offset).execute();
}

/**
 * What the mailbox page shows besides the list, in one round trip: the owner's unread letters (the predicates of
 * the partial index post_messages_unread, as countUnreadOfOwner) and their latest digital-post registration.
 */
export async function mailboxOverview(
  executor: Executor,
  ownerKind: OwnerKind,
  ownerId: string,
): Promise<{ unread: number; registration?: { status: RegistrationStatus; recordedAt: Date } }> {
  const latestRegistration = tables(executor)
    .selectFrom('post_registrations')
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .orderBy('id', 'desc')
    .limit(1);
  const row = await tables(executor)
    .selectNoFrom((select) => [
      select
        .selectFrom('post_messages')
        .select(select.fn.countAll<number>().as('count'))
        .where('mailbox_id', '=', mailboxOf(executor, ownerKind, ownerId))
        .where('direction', '=', 'out')
        .where('read_at', 'is', null)
        .where('owner_folder', '=', 'inbox')
        .where(notHeld)
        .as('unread'),
      latestRegistration.select('status').as('registration_status'),
      latestRegistration.select('recorded_at').as('registration_recorded_at'),
    ])
    .executeTakeFirstOrThrow();
  const { registration_status: status, registration_recorded_at: recordedAt } = row;
  return {
    unread: Number(row.unread ?? 0),
    ...(status && recordedAt ? { registration: { status, recordedAt } } : {}),
  };
}

/** The my-page badge: an owner's unread letters in one round trip (the mailbox joined, not looked up first). Same predicates as countUnread, so the partial index post_messages_unread serves both. */
export async function countUnreadOfOwner(executor: Executor, ownerKind: OwnerKind, ownerId: string): Promise<number> {
  const row = await tables(executor)
    .selectFrom('post_messages as message')
    .innerJoin('post_mailboxes as mailbox', 'mailbox.id', 'message.mailbox_id')
    .select((select) => select.fn.countAll<number>().as('count'))
    .where('mailbox.owner_kind', '=', ownerKind)
    .where('mailbox.owner_id', '=', ownerId)
    .where('message.direction', '=', 'out')
    .where('message.read_at', 'is', null)
    .where('message.owner_folder', '=', 'inbox')
    .where(notHeldMessage)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export function listDepartmentMessages(
  executor: Executor,
  departmentId: string,
  options: { direction: 'in' | 'out'; limit: number; offset: number },
) {
  return tables(executor)
    .selectFrom('post_messages')
    .select([...listColumns])
    .where('department_id', '=', departmentId)
    .where('direction', '=', options.direction)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export const listCaseLetters = (executor: Executor, mailboxId: string, caseId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .select(['id', 'subject', 'created_at'])
    .where('mailbox_id', '=', mailboxId)
    .where('case_id', '=', caseId)
    .where('direction', '=', 'out')
    .where(notHeld)
    .orderBy('created_at')
    .execute();
