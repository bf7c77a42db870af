import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { evaluateTransitions } from './engine/transitions.ts';
import type { CaseTypeVersionView } from './case-types.service.ts';
import { presentState } from './case-presenters.ts';
import type * as repository from './cases.repository.ts';
import type { TransitionView } from './cases.types.ts';
import { needsAppointment } from './workflow-actions.ts';
import { transitionContext } from './transition-context.ts';

/** The transitions the case page offers the caller, each allowed or blocked with the guards' reasons. */
export async function offeredTransitions(
  executor: Executor,
  actor: Principal,
  row: repository.Case,
  caseType: CaseTypeVersionView,
): Promise<TransitionView[]> {
  if (row.closed_at) return [];
  const options = evaluateTransitions(
    caseType.definition.workflow,
    row.state,
    await transitionContext(executor, actor, row),
  );
  return options.map((option) => ({
    id: option.transition.id,
    label: option.transition.label,
    to: presentState(caseType, option.transition.to),
    allowed: option.allowed,
    blocked: option.blocked.map((reason) => ({ key: reason.key, values: { ...reason.values } })),
    requiresNote: option.transition.requiresNote,
    needsAppointment: needsAppointment(option.transition),
  }));
}
