import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { PostContract } from '#platform/contracts.ts';
import { deliverLetter } from './delivery.ts';
import { checkFiles, checkText, throwIfProblems, type FieldProblem } from './post-input.ts';
import { ownerFromParty } from './mailbox-owner.ts';
import type { PostDependencies } from './post.types.ts';
import { assertPartyExists } from './letter-recipients.ts';
import { sendingDepartment } from './sending-department.ts';

type PartyLetter = Parameters<PostContract['sendLetter']>[2];

/** A letter to a party (the contract other modules use), in the caller's transaction or a new one. */
export async function sendLetter(
  deps: PostDependencies,
  executor: Executor,
  actor: Principal,
  letter: PartyLetter,
): Promise<{ messageId: string }> {
  assertCan(actor, 'post:send');
  const problems: FieldProblem[] = [];
  const text = checkText(letter, problems);
  const attachments = await checkFiles(letter.attachments, problems);
  throwIfProblems(problems);
  const send = async (trx: Executor) => {
    const owner = ownerFromParty(letter.recipient);
    await assertPartyExists(deps, trx, owner);
    const department = await sendingDepartment(deps, letter.senderDepartmentId, actor);
    const message = await deliverLetter(trx, deps.events, actor, {
      owner,
      department,
      ...text,
      replyAllowed: letter.replyAllowed ?? false,
      caseId: letter.caseId,
      attachments,
    });
    return { messageId: message.id };
  };
  return executor.isTransaction ? send(executor) : deps.db.transaction().execute(send);
}

/** A demo letter with a fixed id (demo data only), otherwise exactly as sendLetter. */
export async function sendDemoLetter(
  deps: PostDependencies,
  trx: Executor,
  actor: Principal,
  id: string,
  letter: PartyLetter,
): Promise<void> {
  const problems: FieldProblem[] = [];
  const text = checkText(letter, problems);
  const attachments = await checkFiles(letter.attachments, problems);
  throwIfProblems(problems);
  const owner = ownerFromParty(letter.recipient);
  const department = await sendingDepartment(deps, letter.senderDepartmentId, actor);
  await deliverLetter(trx, deps.events, actor, {
    id,
    owner,
    department,
    ...text,
    replyAllowed: letter.replyAllowed ?? false,
    caseId: letter.caseId,
    attachments,
  });
}
