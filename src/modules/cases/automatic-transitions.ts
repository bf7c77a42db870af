import type { Executor } from '#platform/db/database.ts';
import { blockedReasons } from './engine/transitions.ts';
import { presentState } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import type { CaseTransitionsDependencies } from './case-transitions.dependencies.ts';
import { systemActor } from './system-actor.ts';
import { transitionContext } from './transition-context.ts';
import { applyTransition } from './transition-apply.ts';

/**
 * Automatic transitions are taken by the system, never shown as buttons. When a document arrives
 * while the case waits for the applicant (or the transition asks for a document), an automatic
 * transition whose guards hold is taken (e.g. "documentation received"); when a case is created or its fields change, only automatic transitions with guards
 * are, so that a guarded rule like "issue automatically when registration and zone are given" fires
 * while an unguarded "documentation received" waits for its document. Roles do not apply: the system acts.
 */
export async function takeAutomatic(
  deps: CaseTransitionsDependencies,
  trx: Executor,
  row: repository.Case,
  trigger: 'document' | 'change',
  now = new Date(),
): Promise<repository.Case> {
  const current = (await repository.findCase(trx, row.id, { lock: true })) ?? row;
  if (current.closed_at) return current;
  const caseType = await deps.caseTypes.version(current.case_type_version_id, trx);
  const context = await transitionContext(trx, systemActor, current);
  const waitingForApplicant = presentState(caseType, current.state).waitingFor === 'applicant';
  const next = caseType.definition.workflow.transitions.find(
    (transition) =>
      transition.automatic &&
      transition.from.includes(current.state) &&
      (trigger === 'document'
        ? waitingForApplicant || transition.guards.some((guard) => guard.kind === 'document')
        : transition.guards.length > 0) &&
      blockedReasons(transition, context).every((reason) => reason.key === 'cases.guard.role'),
  );
  return next ? applyTransition(deps, trx, systemActor, current, caseType, next, {}, now) : current;
}
