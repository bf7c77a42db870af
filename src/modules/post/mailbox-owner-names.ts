import type { Executor } from '#platform/db/database.ts';
import * as repository from './post.repository.ts';
import type { MailboxOwner, PostDependencies } from './post.types.ts';

/** The name and owner of each mailbox, by mailbox id (from the identity module). */
export async function ownerNames(
  deps: PostDependencies,
  executor: Executor,
  mailboxIds: string[],
): Promise<Map<string, { name: string; owner: MailboxOwner }>> {
  const mailboxes = await repository.findMailboxesByIds(executor, [...new Set(mailboxIds)]);
  const result = new Map<string, { name: string; owner: MailboxOwner }>();
  for (const mailbox of mailboxes) {
    const name =
      mailbox.owner_kind === 'person'
        ? (await deps.identity.getPerson(mailbox.owner_id, executor))?.name
        : (await deps.identity.getBusiness(mailbox.owner_id, executor))?.name;
    result.set(mailbox.id, { name: name ?? '', owner: { kind: mailbox.owner_kind, id: mailbox.owner_id } });
  }
  return result;
}
