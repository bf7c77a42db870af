import type { Database, Executor } from '#platform/db/database.ts';
import { notFound } from '#platform/http/problem.ts';
import type { PurposeKey } from './inquiry.types.ts';
import * as repository from './repository/purpose.repository.ts';
import { seedStarterSet } from './starter-set.ts';
import { type StrategyVersion, versionInForce } from './strategy-version.ts';
import { danishDay } from '#platform/time/danish-day.ts';
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
    // a purpose code unknown here (removed by an administrator) registers the contact without a purpose
    const match = rows.find((row) =>
      'purposeCode' in key
        ? row.code === key.purposeCode
        : 'solutionCode' in key
          ? row.solution_code === key.solutionCode
          : row.case_type_code === key.caseTypeCode,
    );
    return match?.code ?? null;
  }
}
