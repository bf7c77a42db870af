import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { CaseTypeDefinition } from './engine/workflow-definition.ts';
import { DefinitionError, parseCaseTypeYaml } from './engine/workflow-validation.ts';
import * as repository from './cases.repository.ts';
import type { CaseTypeVersionView, SaveCaseTypeResult } from './case-type-views.ts';

/** What saving an adapted definition needs of the catalogue: the current version, and a stored row as a view. */
interface Catalogue {
  current(code: string): Promise<CaseTypeVersionView | undefined>;
  viewOf(row: repository.CaseTypeVersion): CaseTypeVersionView;
}

/**
 * An administrator saves an adapted definition (YAML): validated with every reason listed; the code
 * cannot change; the workflow's version number is set past the current one. Audited.
 */
export async function saveLocalVersion(
  db: Database,
  catalogue: Catalogue,
  actor: Principal,
  code: string,
  yaml: string,
): Promise<SaveCaseTypeResult> {
  assertCan(actor, 'case:types');
  const current = await catalogue.current(code);
  if (!current) throw new HttpProblem(404, 'cases.caseType.notFound');
  let definition: CaseTypeDefinition;
  try {
    definition = parseCaseTypeYaml(yaml);
  } catch (error) {
    if (error instanceof DefinitionError) return { ok: false, reasons: error.reasons };
    return { ok: false, reasons: [{ path: '', message: (error as Error).message }] };
  }
  if (definition.code !== code)
    return { ok: false, reasons: [{ path: 'code', message: `the code must stay ${code}` }] };
  definition = {
    ...definition,
    workflow: {
      ...definition.workflow,
      version: Math.max(definition.workflow.version, current.definition.workflow.version + 1),
    },
  };
  const row = await db.transaction().execute(async (trx) => {
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
  return { ok: true, version: catalogue.viewOf(row) };
}
