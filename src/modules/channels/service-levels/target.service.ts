import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, type FieldProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { CasesContract } from '#platform/contracts.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import type { PurposeService } from '../purpose.service.ts';
import { defaultTargets } from './default-targets.ts';
import type { ServiceTarget } from './service-target.ts';
import { type TargetForm, targetInput, targetProblems } from './target-input.ts';
import { planVersion } from './target-versioning.ts';
import * as repository from './target.repository.ts';

export type CaseTypes = Pick<CasesContract, 'caseTypeSummary' | 'publishedProcessingTimes'>;

const refuse = (problems: FieldProblem[]) =>
  badRequest(
    'channels.serviceLevels.invalid',
    {},
    problems.map(({ field, key, values }) => ({ field, message: t(key, values) })),
  );

/** Administrators decide service-level targets in versions; the measuring reads the versions in force. */
export class TargetService {
  constructor(
    private readonly db: Database,
    private readonly purposes: Pick<PurposeService, 'codes'>,
    private readonly caseTypes: CaseTypes,
  ) {}

  list(): Promise<ServiceTarget[]> {
    return repository.listTargets(this.db);
  }

  /**
   * A new target, or a new version of one: an open version before it ends the day before; a version that would
   * overlap another of the same target is refused with the one it overlaps. Nothing is stored when refused.
   */
  async create(actor: Principal, form: TargetForm, today = danishDay()): Promise<string> {
    assertCan(actor, 'channels:service-level-admin');
    const known = await this.knownService(form);
    const problems = targetProblems(form, today, () => known);
    if (problems.length) throw refuse(problems);
    const input = targetInput(form);
    return this.db.transaction().execute(async (trx) => {
      await repository.lockTargets(trx);
      const plan = planVersion(await repository.listTargets(trx), input, input);
      if (plan.problems.length) throw refuse(plan.problems);
      if (plan.supersedes) await repository.endTarget(trx, plan.supersedes.id, plan.supersedes.validTo);
      return repository.insertTarget(trx, input, actor.id);
    });
  }

  /** The shipped targets, on a database that has none yet. */
  async seedDefaults(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await repository.lockTargets(trx);
      if ((await repository.countTargets(trx)) > 0) return;
      for (const target of defaultTargets) await repository.insertTarget(trx, target, null);
    });
  }

  private async knownService(form: TargetForm): Promise<boolean> {
    if (!form.serviceCode) return false;
    if (form.serviceKind === 'purpose') return (await this.purposes.codes()).has(form.serviceCode);
    if (form.serviceKind === 'case-type') return !!(await this.caseTypes.caseTypeSummary(form.serviceCode));
    return false;
  }
}
