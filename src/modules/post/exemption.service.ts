import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './post.repository.ts';
import { checkRecipientNumber, PostInputError, throwIfProblems, type FieldProblem } from './post-input.ts';
import type { PostDependencies } from './post.types.ts';

/**
 * The citizen service desk records an exemption from digital post (or lifts it, which signs the
 * citizen up again). The look-up is audited with the purpose, and so is the change.
 */
export async function recordExemption(
  deps: PostDependencies,
  actor: Principal,
  input: { cpr: string; purpose: string; choice: 'exempt' | 'signed_up' },
): Promise<{ name: string; status: 'exempt' | 'signed_up' }> {
  assertCan(actor, 'post:exempt');
  const problems: FieldProblem[] = [];
  const number = checkRecipientNumber('cpr', input.cpr, problems, 'cpr');
  const purpose = input.purpose.trim();
  if (!purpose) problems.push({ field: 'purpose', key: 'post.validation.purposeRequired' });
  throwIfProblems(problems);
  return deps.db.transaction().execute(async (trx) => {
    let person;
    try {
      person = await deps.identity.lookupPersonByCpr(actor, number!.number, purpose, trx);
    } catch (error) {
      if (error instanceof HttpProblem && error.statusCode === 404)
        throw new PostInputError([{ field: 'cpr', key: 'post.validation.unknownRecipient' }]);
      throw error;
    }
    await repository.insertRegistration(trx, {
      owner_kind: 'person',
      owner_id: person.id,
      status: input.choice,
      recorded_by: `${actor.kind}:${actor.id}`,
    });
    await recordAudit(trx, {
      actor,
      action: input.choice === 'exempt' ? 'post:exempt' : 'post:exempt-lifted',
      personId: person.id,
      objectType: 'post-registration',
      objectId: person.id,
      purpose,
    });
    return { name: person.name, status: input.choice };
  });
}
