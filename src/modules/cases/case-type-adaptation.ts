import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { CaseTypeDefinition } from './engine/workflow-definition.ts';
import { readEditedCaseType } from './case-type-edit.ts';
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
  const read = readEditedCaseType(code, yaml);
  if (!read.ok) return read;
  let definition: CaseTypeDefinition = read.definition;
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
