import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAuditMany } from '#platform/audit/audit.service.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import * as repository from './cases.repository.ts';

/**
 * The applicant's name of each case on a page of the work queue. Names are personal data: one audit row per
 * applicant shown, written in the caller's transaction.
 */
export async function applicantNames(
  trx: Executor,
  identity: IdentityContract,
  actor: Principal,
  cases: ReadonlyArray<{ id: string; reference: string }>,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const applicants = await repository.applicantsOf(
    trx,
    cases.map((item) => item.id),
  );
  const reference = new Map(cases.map((item) => [item.id, item.reference]));
  for (const applicant of applicants) {
    const name = applicant.business_id
      ? (await identity.getBusiness(applicant.business_id, trx))?.name
      : (await identity.getPerson(applicant.person_id!, trx))?.name;
    if (name) names.set(applicant.case_id, name);
  }
  await recordAuditMany(
    trx,
    applicants.map((applicant) => ({
      actor,
      action: 'case:queue',
      personId: applicant.person_id,
      businessId: applicant.business_id,
      objectType: 'case',
      objectId: applicant.case_id,
      purpose: `work queue (${reference.get(applicant.case_id)})`,
    })),
  );
  return names;
}
