import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import {
  CaseTypeDefinition as CaseTypeDefinitionSchema,
  type CaseTypeDefinition,
} from './engine/workflow-definition.ts';
import { caseTypeToYaml } from './engine/workflow-validation.ts';
import { standardCaseTypes } from './engine/standard-bank.ts';
import * as repository from './cases.repository.ts';
import { readEditedCaseType, type EditReason } from './case-type-edit.ts';

export interface CaseTypeVersionView {
  id: string;
  code: string;
  version: number;
  origin: 'standard' | 'local';
  definition: CaseTypeDefinition;
  createdAt: Date;
  createdBy: string | null;
}

export type SaveCaseTypeResult = { ok: true; version: CaseTypeVersionView } | { ok: false; reasons: EditReason[] };

/**
 * Case types and their workflow versions. A version is never changed once stored: saving an adapted
 * workflow adds a new version and makes it current, while running cases keep the version they started with.
 */
/**
 * A stored version was validated in full when it was saved. Loading it again checks only its shape:
 * rules added to the engine later must not make running cases on an older version unreadable.
 */
const storedDefinition = (definition: unknown): CaseTypeDefinition => CaseTypeDefinitionSchema.parse(definition);

export class CaseTypeCatalogue {
  /** versions are immutable, so a parsed definition can be kept for the life of the process */
  private readonly parsed = new Map<string, CaseTypeVersionView>();

  constructor(private readonly db: Database) {}

  private toView(row: repository.CaseTypeVersion): CaseTypeVersionView {
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

  /**
   * Stores the standard case types of the bank (idempotent, at every start-up). A standard definition
   * that changed in the bank becomes a new version; it is made current only while no local adaptation
   * is in use, so an administrator's version is never replaced behind their back.
   */
  async seedStandard(): Promise<void> {
    for (const definition of standardCaseTypes()) {
      await this.db.transaction().execute(async (trx) => {
        await repository.insertCaseType(trx, definition.code);
        const latest = await repository.latestVersionOfOrigin(trx, definition.code, 'standard');
        if (latest && canonical(latest.definition) === canonical(definition)) return;
        const current = await repository.findCurrentCaseTypeVersion(trx, definition.code);
        await repository.insertCaseTypeVersion(trx, {
          code: definition.code,
          origin: 'standard',
          definition,
          createdBy: null,
          makeCurrent: !current || current.origin === 'standard',
        });
      });
    }
  }

  async current(code: string, executor: Executor = this.db): Promise<CaseTypeVersionView | undefined> {
    const row = await repository.findCurrentCaseTypeVersion(executor, code);
    return row && this.toView(row);
  }

  async version(id: string, executor: Executor = this.db): Promise<CaseTypeVersionView> {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    const row = await repository.findCaseTypeVersion(executor, id);
    if (!row) throw new Error(`case type version ${id} is missing`);
    return this.toView(row);
  }

  async allCurrent(): Promise<CaseTypeVersionView[]> {
    return (await repository.currentCaseTypeVersions(this.db)).map((row) => this.toView(row));
  }

  async listForAdministration(actor: Principal): Promise<CaseTypeVersionView[]> {
    assertCan(actor, 'case:types');
    return this.allCurrent();
  }

  async history(actor: Principal, code: string): Promise<CaseTypeVersionView[]> {
    assertCan(actor, 'case:types');
    const rows = (await repository.listCaseTypeVersions(this.db)).filter((row) => row.code === code);
    if (!rows.length) throw new HttpProblem(404, 'cases.caseType.notFound');
    return rows.map((row) => this.toView(row)).reverse();
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

  /**
   * An administrator saves an adapted definition (YAML): validated with every reason listed; the code
   * cannot change; the workflow's version number is set past the current one. Audited.
   */
  async saveLocalVersion(actor: Principal, code: string, yaml: string): Promise<SaveCaseTypeResult> {
    assertCan(actor, 'case:types');
    const current = await this.current(code);
    if (!current) throw new HttpProblem(404, 'cases.caseType.notFound');
    const read = readEditedCaseType(code, yaml);
    if (!read.ok) return read;
    let definition = read.definition;
    definition = {
      ...definition,
      workflow: {
        ...definition.workflow,
        version: Math.max(definition.workflow.version, current.definition.workflow.version + 1),
      },
    };
    const row = await this.db.transaction().execute(async (trx) => {
      const inserted = await repository.insertCaseTypeVersion(trx, {
        code,
        origin: 'local',
        definition,
        createdBy: actor.name,
        makeCurrent: true,
      });
      await recordAudit(trx, {
        actor,
        action: 'case-type:save',
        objectType: 'case-type',
        objectId: code,
        purpose: `version ${inserted.version} of case type ${code}`,
      });
      return inserted;
    });
    return { ok: true, version: this.toView(row) };
  }
}

/** JSON with sorted keys: jsonb does not keep key order, so stored and fresh definitions compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}
