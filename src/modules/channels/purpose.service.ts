import type { Database, Executor } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, notFound } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { PurposeKey } from './inquiry.types.ts';
import * as repository from './repository/purpose.repository.ts';
import { seedStarterSet } from './starter-set.ts';
import { desiredOf, type PurposeInput, purposeProblems, purposeRow } from './purpose-input.ts';
import { defaultUnitCostOre } from './unit-costs.ts';
import { type NewVersionInput, newVersionProblems, type StrategyVersion, versionInForce } from './strategy-version.ts';
import { danishDay } from './danish-day.ts';
import { type Purpose, toPurpose } from './purpose.ts';

/** Inquiry purposes and their channel strategy in versions (offered, desired, unit costs, target mix). */
export class PurposeService {
  constructor(private readonly db: Database) {}

  /** The shipped starter set, each with a first version; purposes present are left alone. */
  seedStarterSet(): Promise<void> {
    return seedStarterSet(this.db);
  }

  /** The codes of every purpose. */
  async codes(executor: Executor = this.db): Promise<Set<string>> {
    return new Set((await repository.listPurposes(executor)).map((row) => row.code));
  }

  async list(executor: Executor = this.db): Promise<Purpose[]> {
    const [rows, versions] = await Promise.all([repository.listPurposes(executor), repository.listVersions(executor)]);
    const today = danishDay();
    return rows.map((row) =>
      toPurpose(
        row,
        versionInForce(
          versions.filter((version) => version.purposeCode === row.code),
          today,
        ),
      ),
    );
  }

  async get(code: string): Promise<{ purpose: Purpose; versions: StrategyVersion[] }> {
    const purpose = (await this.list()).find((candidate) => candidate.code === code);
    if (!purpose) throw notFound('channels.purpose.notFound');
    return { purpose, versions: await repository.listVersions(this.db, [code]) };
  }

  /** Every version of every purpose, by purpose code (for figures). */
  async versionsByPurpose(executor: Executor = this.db): Promise<Map<string, StrategyVersion[]>> {
    const byPurpose = new Map<string, StrategyVersion[]>();
    for (const version of await repository.listVersions(executor))
      byPurpose.set(version.purposeCode, [...(byPurpose.get(version.purposeCode) ?? []), version]);
    return byPurpose;
  }

  /** The purpose an event's contact concerns: by self-service solution or case type; null when none matches. */
  async classify(key: PurposeKey, executor: Executor): Promise<string | null> {
    if (!key) return null;
    const rows = await repository.listPurposes(executor);
    const match = rows.find((row) =>
      'solutionCode' in key ? row.solution_code === key.solutionCode : row.case_type_code === key.caseTypeCode,
    );
    return match?.code ?? null;
  }

  /** A new version of a purpose's strategy: it supersedes the ones before it and is never edited itself. */
  async addVersion(actor: Principal, code: string, input: NewVersionInput): Promise<string> {
    assertCan(actor, 'channels:admin');
    const { versions } = await this.get(code);
    const problems = newVersionProblems(
      input,
      versions.map((version) => version.validFrom),
      danishDay(),
    );
    const errors = problems.map(({ field, key, values }) => ({ field, message: t(key, values) }));
    if (errors.length) throw badRequest('channels.version.invalid', {}, errors);
    return repository.insertVersion(this.db, { purposeCode: code, ...input, createdBy: actor.id }, input.channels);
  }

  /** A new purpose with a first version from today: its desired channel offered, 100 % of the target. */
  async create(actor: Principal, input: PurposeInput): Promise<string> {
    assertCan(actor, 'channels:admin');
    const problems = purposeProblems(input, await this.codes());
    const errors = problems.map(({ field, key }) => ({ field, message: t(key) }));
    if (errors.length) throw badRequest('channels.newPurpose.invalid', {}, errors);
    const desired = desiredOf(input);
    const first = [{ channel: desired, offered: true, unitCostOre: defaultUnitCostOre(desired), targetPercent: 100 }];
    await this.db.transaction().execute(async (trx) => {
      await repository.insertPurpose(trx, purposeRow(input));
      const version = { purposeCode: input.code, validFrom: danishDay(), desiredChannel: desired, createdBy: actor.id };
      await repository.insertVersion(trx, version, first);
    });
    return input.code;
  }
}
