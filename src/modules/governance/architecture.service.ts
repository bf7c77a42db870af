import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { notFound } from '#platform/http/problem.ts';
import { currentLocale } from '#platform/i18n/i18n.ts';
import { type DecisionInput, decisionProblems } from './decision-rules.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { refuseWith } from './governance-problems.ts';
import { shippedPrinciples } from './principles.ts';
import { audit, isUuid, type RegisterService } from './register.service.ts';
import * as repository from './repository/architecture.repository.ts';

export interface Principle {
  code: string;
  name: string;
}

export interface Decision {
  id: string;
  committee: string;
  title: string;
  proposal: string;
  systemId: string | null;
  decision: string;
  conditions: string;
  decidedOn: string;
  assessments: Array<{ principle: Principle; assessment: string; reason: string }>;
}

const toDecision = (row: repository.DecisionRow): Decision => ({
  id: row.id,
  committee: row.committee,
  title: row.title,
  proposal: row.proposal,
  systemId: row.system_id,
  decision: row.decision,
  conditions: row.conditions,
  decidedOn: row.decided_on,
  assessments: [],
});

/** Architecture principles and the committees' decision log. */
export class ArchitectureService {
  constructor(
    private readonly db: Database,
    private readonly register: RegisterService,
  ) {}

  /** The shipped principles, added where missing (start-up; the municipality's own changes are kept). */
  seedPrinciples(): Promise<void> {
    return repository.insertPrinciples(this.db, shippedPrinciples);
  }

  async principles(): Promise<Principle[]> {
    const english = currentLocale() === 'en';
    return (await repository.listPrinciples(this.db)).map((row) => ({
      code: row.code,
      name: english ? row.name_en : row.name_da,
    }));
  }

  async search(actor: Principal, query: string): Promise<Decision[]> {
    assertCan(actor, 'governance:read');
    return (await repository.searchDecisions(this.db, query.trim().slice(0, 200))).map(toDecision);
  }

  async get(actor: Principal, id: string): Promise<Decision> {
    assertCan(actor, 'governance:read');
    const found = isUuid(id) ? await repository.findDecision(this.db, id) : undefined;
    if (!found) throw notFound('governance.decision.notFound');
    const principles = new Map((await this.principles()).map((principle) => [principle.code, principle]));
    return {
      ...toDecision(found.decision),
      assessments: found.assessments.map((row) => ({
        principle: principles.get(row.principle_code) ?? { code: row.principle_code, name: row.principle_code },
        assessment: row.assessment,
        reason: row.reason,
      })),
    };
  }

  /** The committee decides a proposal against every principle; the decision and its assessments commit together. */
  async decide(actor: Principal, input: DecisionInput): Promise<string> {
    assertCan(actor, 'governance:decide');
    const codes = (await this.principles()).map((principle) => principle.code);
    const problems = decisionProblems(input, codes, danishDay());
    if (input.systemId) await this.register.get(actor, input.systemId);
    refuseWith('governance.decision.invalid', problems);
    return this.db.transaction().execute(async (trx) => {
      const id = await repository.insertDecision(
        trx,
        {
          committee: input.committee,
          title: input.title.trim(),
          proposal: input.proposal.trim(),
          system_id: input.systemId || null,
          decision: input.decision,
          conditions: input.conditions.trim(),
          decided_on: input.decidedOn,
          recorded_by: actor.id,
        },
        codes.map((code) => ({
          principle_code: code,
          assessment: input.assessments[code].assessment,
          reason: input.assessments[code].reason.trim(),
        })),
      );
      await audit(trx, actor, 'governance:decision-record', id);
      return id;
    });
  }
}
