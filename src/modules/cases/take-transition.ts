import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { blockedReasons, findTransition } from './engine/transitions.ts';
import { presentState } from './case-presenters.ts';
import type * as repository from './cases.repository.ts';
import type { ActionInput } from './workflow-actions.ts';
import type { CaseTransitionsDependencies } from './case-transitions.dependencies.ts';
import { TransitionRefused } from './transition-refused.ts';
import { transitionContext } from './transition-context.ts';
import { applyTransition } from './transition-apply.ts';

/**
 * Takes a transition: refused (nothing changed) when the workflow does not offer it from the case's
 * state or a guard fails, with the reasons; otherwise the state moves, the actions run and an event
 * is recorded — all in one transaction, with the case version checked.
 */
export async function takeTransition(
  deps: CaseTransitionsDependencies,
  actor: Principal,
  caseId: string,
  input: ActionInput & { transitionId: string; version?: number },
  now = new Date(),
): Promise<repository.Case> {
  return deps.access.change(actor, caseId, input.version, 'case:transition', async (trx, row, caseType) => {
    const workflow = caseType.definition.workflow;
    const transition = row.closed_at ? undefined : findTransition(workflow, row.state, input.transitionId);
    const stateLabel = presentState(caseType, row.state).label.da;
    // automatic transitions are never offered to people; a line-of-business system may report one (e.g. "collected")
    if (!transition || (transition.automatic && actor.kind !== 'client')) {
      throw new TransitionRefused(
        'cases.transition.notAllowed',
        {
          transition:
            workflow.transitions.find((candidate) => candidate.id === input.transitionId)?.label.da ??
            input.transitionId,
          state: stateLabel,
        },
        [],
      );
    }
    const blocked = blockedReasons(transition, await transitionContext(trx, actor, row));
    if (blocked.length)
      throw new TransitionRefused(
        'cases.transition.blocked',
        { transition: transition.label.da, state: stateLabel },
        blocked.map((reason) => ({ key: reason.key, values: { ...reason.values } })),
      );
    if (transition.requiresNote && !input.note?.trim())
      throw new HttpProblem(400, 'cases.transition.noteRequired', {}, [
        { field: 'note', message: 'cases.transition.noteRequired' },
      ]);
    return applyTransition(deps, trx, actor, row, caseType, transition, input, now);
  });
}
