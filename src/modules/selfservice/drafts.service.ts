import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { findSolution } from './catalogue/catalogue.ts';
import * as repository from './selfservice.repository.ts';
import { SelfserviceStarted } from './selfservice.events.ts';
import type { DraftView } from './selfservice.types.ts';
import type { SelfserviceDependencies } from './selfservice-dependencies.ts';
import { assertMayApply, isUuid, ownerOf } from './applicant-access.ts';
import { requireSolution, toDraft } from './selfservice-presenters.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/** Starts a draft: the "started" count moves in the same transaction. */
export async function startDraft(
  deps: SelfserviceDependencies,
  principal: Principal,
  code: string,
  now = new Date(),
): Promise<DraftView> {
  const solution = requireSolution(code);
  const owner = assertMayApply(principal, solution);
  return deps.db.transaction().execute(async (trx) => {
    const row = await repository.insertDraft(trx, solution.code, owner);
    await repository.incrementUsage(trx, solution.code, danishDay(now), 'started');
    await deps.events.publish(trx, SelfserviceStarted, {
      draftId: row.id,
      solutionCode: solution.code,
      audience: owner.kind,
      startedAt: now.toISOString(),
    });
    return toDraft(row, solution);
  });
}

/** A draft of the principal's own; anyone else's id is "not found". */
export async function getDraft(principal: Principal, id: string, executor: Executor, lock = false): Promise<DraftView> {
  const owner = ownerOf(principal);
  const row = isUuid(id) ? await repository.findOwnDraft(executor, id, owner, { lock }) : undefined;
  const solution = row && findSolution(row.solution_code);
  if (!row || !solution) throw new HttpProblem(404, 'selfservice.draft.notFound');
  assertMayApply(principal, solution);
  return toDraft(row, solution);
}

export async function listDrafts(executor: Executor, principal: Principal): Promise<DraftView[]> {
  const rows = await repository.listOwnDrafts(executor, ownerOf(principal));
  return rows.flatMap((row) => {
    const solution = findSolution(row.solution_code);
    return solution ? [toDraft(row, solution)] : [];
  });
}

export async function deleteDraft(executor: Executor, principal: Principal, id: string): Promise<void> {
  const owner = ownerOf(principal);
  const result = isUuid(id) ? await repository.deleteOwnDraft(executor, id, owner) : undefined;
  if (!result?.numDeletedRows) throw new HttpProblem(404, 'selfservice.draft.notFound');
}
