import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem, type FieldProblem } from '#platform/http/problem.ts';
import type { CasesContract, PartyRef } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';

type CreateCase = (
  executor: Executor,
  actor: Principal,
  input: Parameters<CasesContract['createCase']>[2],
  now?: Date,
) => ReturnType<CasesContract['createCase']>;

/**
 * What a case opened at the desk or on the phone needs before anyone is looked up: a case type that is on offer,
 * and the applicant's CPR or CVR number.
 */
export function newCaseProblems(
  input: { caseTypeCode: string; cpr?: string; cvr?: string },
  offeredCaseTypes: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!offeredCaseTypes.includes(input.caseTypeCode))
    problems.push({ field: 'caseTypeCode', key: 'cases.new.caseTypeRequired' });
  if (!input.cpr?.trim() && !input.cvr?.trim()) problems.push({ field: 'cpr', key: 'cases.new.applicantRequired' });
  return problems;
}

/** Cases that do not come through self-service: created by staff at the desk or on the phone, or by a line-of-business system. */
export class CaseIntake {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityContract,
    private readonly createCase: CreateCase,
  ) {}

  /** A person or business looked up by CPR/CVR at the desk or on the phone (audited by identity, with the purpose). */
  private async lookupApplicant(
    actor: Principal,
    input: { cpr?: string; cvr?: string },
    purpose: string,
    executor: Executor,
  ): Promise<PartyRef & { name: string }> {
    if (input.cvr) {
      const business = await this.identity.lookupBusinessByCvr(actor, input.cvr, purpose, executor);
      return { businessId: business.id, name: business.name };
    }
    const person = await this.identity.lookupPersonByCpr(actor, input.cpr ?? '', purpose, executor);
    return { personId: person.id, name: person.name };
  }

  /** Staff create a case on behalf of someone at the desk or on the phone; the lookup's audit row commits with the case. */
  async onBehalf(
    actor: Principal,
    input: {
      caseTypeCode: string;
      channel: 'attendance' | 'phone';
      cpr?: string;
      cvr?: string;
      title?: string;
      description?: string;
    },
    now = new Date(),
  ) {
    assertCan(actor, 'case:create');
    return this.db.transaction().execute(async (trx) => {
      const applicant = await this.lookupApplicant(
        actor,
        input,
        `new case (${input.caseTypeCode}) via ${input.channel}`,
        trx,
      );
      const ref: PartyRef = applicant.businessId
        ? { businessId: applicant.businessId }
        : { personId: applicant.personId! };
      const fields = input.description ? { description: input.description } : {};
      return {
        ...(await this.createCase(
          trx,
          actor,
          { caseTypeCode: input.caseTypeCode, applicant: ref, channel: input.channel, title: input.title, fields },
          now,
        )),
        applicantName: applicant.name,
      };
    });
  }

  /** A line-of-business system creates a case for a person or business it knows by Raadhus id. */
  async fromApi(
    actor: Principal,
    input: {
      caseTypeCode: string;
      applicant: { personId: string } | { businessId: string };
      title?: string;
      fields: Record<string, unknown>;
    },
  ) {
    assertCan(actor, 'case:create');
    const applicant: PartyRef =
      'businessId' in input.applicant
        ? { businessId: input.applicant.businessId }
        : { personId: input.applicant.personId };
    const exists = applicant.businessId
      ? await this.identity.getBusiness(applicant.businessId)
      : await this.identity.getPerson(applicant.personId!);
    if (!exists)
      throw new HttpProblem(422, 'cases.api.applicantUnknown', {}, [
        { field: 'applicant', message: 'cases.api.applicantUnknown' },
      ]);
    return this.createCase(this.db, actor, {
      caseTypeCode: input.caseTypeCode,
      applicant,
      channel: 'api',
      title: input.title,
      fields: input.fields,
    });
  }
}
