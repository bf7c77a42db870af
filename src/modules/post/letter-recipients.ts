import type { Executor } from '#platform/db/database.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { RecipientNumber } from './post-input.ts';
import { isUuid } from './mailbox-owner.ts';
import type { MailboxOwner, PostDependencies } from './post.types.ts';

/** A letter to a party goes only to a person or business the identity module knows; else a 400 problem. */
export async function assertPartyExists(
  deps: PostDependencies,
  executor: Executor,
  owner: MailboxOwner,
): Promise<void> {
  const exists =
    isUuid(owner.id) &&
    (owner.kind === 'person'
      ? await deps.identity.getPerson(owner.id, executor)
      : await deps.identity.getBusiness(owner.id, executor));
  if (!exists) throw new HttpProblem(400, 'post.validation.unknownRecipient');
}

/** The person or business a CPR or CVR number belongs to, if the identity module knows them. */
export async function resolveNumber(
  deps: PostDependencies,
  executor: Executor,
  number: RecipientNumber,
): Promise<MailboxOwner | undefined> {
  if (number.kind === 'cpr') {
    const person = await deps.identity.findPersonByCpr(number.number, executor);
    return person && { kind: 'person', id: person.id };
  }
  const business = await deps.identity.findBusinessByCvr(number.number, executor);
  return business && { kind: 'business', id: business.id };
}
