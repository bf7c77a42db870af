import type { Database } from '#platform/db/database.ts';
import { assertCan, ForbiddenError } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { FieldProblem } from '#platform/http/problem.ts';
import { type AnnexAControl, annexA, annexAThemes, isAnnexAControl } from './annex-a.ts';
import { addDays, danishDay, isDay } from '#platform/time/danish-day.ts';
import { mayChangeSecurity } from './governance.policy.ts';
import { refuseWith } from './governance-problems.ts';
import { audit, type RegisterService } from './register.service.ts';
import * as repository from './repository/security.repository.ts';
import { controlStatuses, type RiskInput, riskProblems } from './risk-rules.ts';

/** One control in a statement of applicability: the standard's number and title, and the municipality's own answer. */
export interface ControlStatement extends AnnexAControl {
  applicable: boolean;
  reason: string;
  status: string;
  evidence: string;
  nextReview: string | null;
  assessed: boolean;
}

export interface ThemeProgress {
  theme: string;
  applicable: number;
  implemented: number;
  notApplicable: number;
}

export interface Risk {
  id: string;
  threat: string;
  affects: string[];
  likelihood: number;
  consequence: number;
  measures: string;
  residualLikelihood: number;
  residualConsequence: number;
  nextRevision: string;
  recordedAt: Date;
}

export interface ControlInput {
  code: string;
  applicable: string;
  reason: string;
  status: string;
  evidence: string;
  nextReview: string;
}

export const ORGANISATION = 'organisation';

/** Information security: the statement of applicability (organisation and per system) and risk assessments. */
export class SecurityService {
  constructor(
    private readonly db: Database,
    private readonly register: RegisterService,
  ) {}

  /** Every Annex A control with the scope's answer; a control no one has assessed yet counts as applicable, not started. */
  async statement(actor: Principal, scope: string): Promise<ControlStatement[]> {
    assertCan(actor, 'governance:read');
    if (scope !== ORGANISATION) await this.register.get(actor, scope);
    const answers = new Map((await repository.controlsOf(this.db, scope)).map((row) => [row.control_code, row]));
    return annexA.map((control) => {
      const answer = answers.get(control.code);
      return {
        ...control,
        applicable: answer?.applicable ?? true,
        reason: answer?.reason ?? '',
        status: answer?.status ?? 'not-started',
        evidence: answer?.evidence ?? '',
        nextReview: answer?.next_review ?? null,
        assessed: !!answer,
      };
    });
  }

  /** Implemented of applicable controls per theme. */
  progress(statement: readonly ControlStatement[]): ThemeProgress[] {
    return annexAThemes.map((theme) => {
      const own = statement.filter((control) => control.theme === theme);
      const applicable = own.filter((control) => control.applicable);
      return {
        theme,
        applicable: applicable.length,
        implemented: applicable.filter((control) => control.status === 'implemented').length,
        notApplicable: own.length - applicable.length,
      };
    });
  }

  /** Records a control's answer; a control left out needs its reason (the statement of applicability says why). */
  async setControl(actor: Principal, scope: string, input: ControlInput): Promise<void> {
    assertCan(actor, 'governance:change');
    await this.assertMayChange(actor, scope);
    const problems: FieldProblem[] = [];
    if (!isAnnexAControl(input.code)) problems.push({ field: 'code', key: 'governance.control.unknown' });
    if (!['yes', 'no'].includes(input.applicable))
      problems.push({ field: 'applicable', key: 'governance.code.invalid' });
    if (input.applicable === 'no' && !input.reason.trim())
      problems.push({ field: 'reason', key: 'governance.control.reason.required' });
    if (!(controlStatuses as readonly string[]).includes(input.status))
      problems.push({ field: 'status', key: 'governance.code.invalid' });
    const today = danishDay();
    if (
      input.nextReview &&
      (!isDay(input.nextReview) || input.nextReview <= today || input.nextReview > addDays(today, 3 * 366))
    )
      problems.push({ field: 'nextReview', key: 'governance.duty.nextReview' });
    refuseWith('governance.control.invalid', problems);
    await this.db.transaction().execute(async (trx) => {
      await repository.upsertControl(trx, {
        scope,
        control_code: input.code,
        applicable: input.applicable === 'yes',
        reason: input.reason.trim(),
        status: input.status,
        evidence: input.evidence.trim(),
        next_review: input.nextReview || null,
        updated_by: actor.id,
      });
      await audit(trx, actor, 'governance:control-set', scope);
    });
  }

  async risks(actor: Principal, systemId: string): Promise<Risk[]> {
    await this.register.get(actor, systemId);
    return (await repository.risksOf(this.db, [systemId])).map((row) => ({
      id: row.id,
      threat: row.threat,
      affects: row.affects,
      likelihood: row.likelihood,
      consequence: row.consequence,
      measures: row.measures,
      residualLikelihood: row.residual_likelihood,
      residualConsequence: row.residual_consequence,
      nextRevision: row.next_revision,
      recordedAt: row.recorded_at,
    }));
  }

  /** The security officer (or the system owner) records a threat with its risk before and after the measures. */
  async addRisk(actor: Principal, systemId: string, input: RiskInput): Promise<string> {
    assertCan(actor, 'governance:change');
    await this.assertMayChange(actor, systemId);
    const { problems, scores } = riskProblems(input, danishDay());
    refuseWith('governance.risk.invalid', problems);
    return this.db.transaction().execute(async (trx) => {
      const id = await repository.insertRisk(trx, {
        system_id: systemId,
        threat: input.threat.trim(),
        affects: input.affects,
        likelihood: scores!.likelihood,
        consequence: scores!.consequence,
        measures: input.measures.trim(),
        residual_likelihood: scores!.residualLikelihood,
        residual_consequence: scores!.residualConsequence,
        next_revision: input.nextRevision,
        recorded_by: actor.id,
      });
      await audit(trx, actor, 'governance:risk-add', systemId);
      return id;
    });
  }

  /** The organisation's statement is the administrator's; a system's is its owner's, manager's or security officer's. */
  private async assertMayChange(actor: Principal, scope: string): Promise<void> {
    if (scope === ORGANISATION) {
      if (!actor.roles.includes('administrator')) throw new ForbiddenError('governance:change');
      return;
    }
    const system = await this.register.get(actor, scope);
    if (!mayChangeSecurity(actor, system.roles)) throw new ForbiddenError('governance:change');
  }
}
