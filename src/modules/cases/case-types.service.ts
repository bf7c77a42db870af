import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { caseTypeToYaml } from './engine/workflow-validation.ts';
import * as repository from './cases.repository.ts';
import { type CaseTypeVersionView, type SaveCaseTypeResult, storedDefinition } from './case-type-views.ts';
import { seedStandardCaseTypes } from './case-type-seeding.ts';
import { saveLocalVersion } from './case-type-adaptation.ts';

export type { CaseTypeVersionView, SaveCaseTypeResult };

/**
 * Case types and their workflow versions. A version is never changed once stored: saving an adapted
 * workflow adds a new version and makes it current, while running cases keep the version they started with.
 */
export class CaseTypeCatalogue {
  /** versions are immutable, so a parsed definition can be kept for the life of the process */
  private readonly parsed = new Map<string, CaseTypeVersionView>();

  constructor(private readonly db: Database) {}

  /** A stored version as a view, parsed once per process. */
  viewOf(row: repository.CaseTypeVersion): CaseTypeVersionView {
    const cached = this.parsed.get(row.id);
    if (cached) return cached;
    const view: CaseTypeVersionView = {
      id: row.id,
      code: row.code,
      version: row.version,
      origin: row.origin,
      definition: storedDefinition(row.definition),
      createdAt: row.created_at,
      createdBy: row.created_by,
    };
    this.parsed.set(row.id, view);
    return view;
  }

  /** Stores the standard case types of the bank (see case-type-seeding.ts). */
  seedStandard(): Promise<void> {
    return seedStandardCaseTypes(this.db);
  }

  async current(code: string, executor: Executor = this.db): Promise<CaseTypeVersionView | undefined> {
    const row = await repository.findCurrentCaseTypeVersion(executor, code);
    return row && this.viewOf(row);
  }

  async version(id: string, executor: Executor = this.db): Promise<CaseTypeVersionView> {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    const row = await repository.findCaseTypeVersion(executor, id);
    if (!row) throw new Error(`case type version ${id} is missing`);
    return this.viewOf(row);
  }

  async allCurrent(): Promise<CaseTypeVersionView[]> {
    return (await repository.currentCaseTypeVersions(this.db)).map((row) => this.viewOf(row));
  }

  async listForAdministration(actor: Principal): Promise<CaseTypeVersionView[]> {
    assertCan(actor, 'case:types');
    return this.allCurrent();
  }

  async history(actor: Principal, code: string): Promise<CaseTypeVersionView[]> {
    assertCan(actor, 'case:types');
    const rows = (await repository.listCaseTypeVersions(this.db)).filter((row) => row.code === code);
    if (!rows.length) throw new HttpProblem(404, 'cases.caseType.notFound');
    return rows.map((row) => this.viewOf(row)).reverse();
  }

  async currentForAdministration(
    actor: Principal,
    code: string,
  ): Promise<{ current: CaseTypeVersionView; yaml: string }> {
    assertCan(actor, 'case:types');
    const current = await this.current(code);
    if (!current) throw new HttpProblem(404, 'cases.caseType.notFound');
    return { current, yaml: caseTypeToYaml(current.definition) };
  }

  /** An administrator saves an adapted definition (see case-type-adaptation.ts). */
  saveLocalVersion(actor: Principal, code: string, yaml: string): Promise<SaveCaseTypeResult> {
    return saveLocalVersion(this.db, this, actor, code, yaml);
  }
}
