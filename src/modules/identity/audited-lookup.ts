import type { Executor } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { checkCpr, isValidCvr } from '#platform/identity-numbers/cpr-cvr.ts';
import * as repository from './identity.repository.ts';
import { toBusiness, toPerson, type Business, type Person } from './people.ts';

/**
 * Staff look up a person by CPR: validated, and audit-logged with the purpose in the caller's
 * transaction. A citizen or business is never allowed here.
 */
export async function lookupPersonByCpr(
  executor: Executor,
  actor: Principal,
  input: string,
  purpose: string,
): Promise<Person> {
  assertCan(actor, 'person:lookup');
  const checked = checkCpr(input);
  if (!('cpr' in checked)) throw new HttpProblem(400, checked.problem === 'format' ? 'cpr.format' : 'cpr.date');
  const row = await repository.findPersonByCpr(executor, checked.cpr);
  if (!row) throw new HttpProblem(404, 'identity.person.notFound');
  await recordAudit(executor, {
    actor,
    action: 'person:lookup',
    personId: row.id,
    objectType: 'person',
    objectId: row.id,
    purpose,
  });
  return toPerson(row);
}

/** Staff look up a business by CVR: validated, and audit-logged with the purpose in the caller's transaction. */
export async function lookupBusinessByCvr(
  executor: Executor,
  actor: Principal,
  cvr: string,
  purpose: string,
): Promise<Business> {
  assertCan(actor, 'person:lookup');
  if (!isValidCvr(cvr)) throw new HttpProblem(400, 'identity.cvr.invalid');
  const row = await repository.findBusinessByCvr(executor, cvr.trim());
  if (!row) throw new HttpProblem(404, 'identity.business.notFound');
  await recordAudit(executor, {
    actor,
    action: 'business:lookup',
    businessId: row.id,
    objectType: 'business',
    objectId: row.id,
    purpose,
  });
  return toBusiness(row);
}
