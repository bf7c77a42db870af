import type { Principal } from '#platform/auth/principal.ts';
import { assertCan, ForbiddenError } from '#platform/auth/permissions.ts';
import type { Executor } from '#platform/db/database.ts';
import { notFound } from '#platform/http/problem.ts';
import type { PartyRef } from '#platform/contracts.ts';
import * as repository from './post.repository.ts';
import { mailboxOwnerOf } from './post.policy.ts';
import type { MailboxOwner } from './post.types.ts';

export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A mailbox's owner as an event names it. */
export const partyOf = (owner: MailboxOwner): { personId: string } | { businessId: string } =>
  owner.kind === 'person' ? { personId: owner.id } : { businessId: owner.id };

/** The mailbox a citizen or business representative may read: their own, or their business's. */
export function ownerOf(principal: Principal): MailboxOwner {
  const owner = mailboxOwnerOf(principal);
  if (!owner) throw new ForbiddenError('post:read-own');
  return owner;
}

/** The mailbox owner a contract's party reference names. */
export const ownerFromParty = (party: PartyRef): MailboxOwner =>
  party.businessId ? { kind: 'business', id: party.businessId } : { kind: 'person', id: party.personId! };

/** The message only if it is in the principal's own mailbox; anything else is "not found" (never "forbidden", which would tell it exists). */
export async function findOwnMessage(
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
