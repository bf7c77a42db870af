import type { StateDefinition, TransitionDefinition, WorkflowDefinition } from './workflow-definition.ts';
import { type BlockedReason, blockedReasons, type TransitionContext } from './transition-guards.ts';

export { blockedReasons } from './transition-guards.ts';

/**
 * Which transitions an actor may take from a case's state, and why the others are blocked. The reasons are i18n keys
 * with values, so the handling side can show "Upload the lease first" next to a disabled button.
 */

export interface TransitionOption {
  transition: TransitionDefinition;
  allowed: boolean;
  blocked: BlockedReason[];
}

/** The non-automatic transitions from `stateId`, in definition order, each allowed or blocked with its reasons. */
export function evaluateTransitions(
  workflow: WorkflowDefinition,
  stateId: string,
  context: TransitionContext,
): TransitionOption[] {
  return workflow.transitions
    .filter((transition) => !transition.automatic && transition.from.includes(stateId))
    .map((transition) => {
      const blocked = blockedReasons(transition, context);
      return { transition, allowed: blocked.length === 0, blocked };
    });
}

/** The transition `transitionId` if it can be taken from `stateId` (automatic ones included). */
export function findTransition(
  workflow: WorkflowDefinition,
  stateId: string,
  transitionId: string,
): TransitionDefinition | undefined {
  return workflow.transitions.find((transition) => transition.id === transitionId && transition.from.includes(stateId));
}

export function stateOf(workflow: WorkflowDefinition, stateId: string): StateDefinition {
  const state = workflow.states.find((candidate) => candidate.id === stateId);
  if (!state) throw new Error(`Workflow "${workflow.code}" v${workflow.version} has no state "${stateId}"`);
  return state;
}
