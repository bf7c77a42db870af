import type { WorkflowDefinition, TransitionDefinition } from './workflow-definition.ts';
import { type BlockedReason, blockedReasons, type TransitionContext } from './transition-guards.ts';
import { findTransition } from './transitions.ts';

/** Thrown by assertTransition: the transition does not exist from this state, or the actor may not take it now. */
export class TransitionError extends Error {
  readonly code: 'unknown_transition' | 'blocked';
  readonly transitionId: string;
  readonly blocked: BlockedReason[];
  constructor(
    code: 'unknown_transition' | 'blocked',
    transitionId: string,
    message: string,
    blocked: BlockedReason[] = [],
  ) {
    super(message);
    this.name = 'TransitionError';
    this.code = code;
    this.transitionId = transitionId;
    this.blocked = blocked;
  }
}

/**
 * The service's check before it moves a case: the transition exists from `stateId` and `context` may take it now.
 * Automatic transitions pass the same role and guard checks (the system acts with e.g. the 'integration' role).
 */
export function assertTransition(
  workflow: WorkflowDefinition,
  stateId: string,
  transitionId: string,
  context: TransitionContext,
): TransitionDefinition {
  const transition = findTransition(workflow, stateId, transitionId);
  if (!transition)
    throw new TransitionError(
      'unknown_transition',
      transitionId,
      `Transition "${transitionId}" cannot be taken from state "${stateId}"`,
    );
  const blocked = blockedReasons(transition, context);
  if (blocked.length > 0) {
    throw new TransitionError(
      'blocked',
      transitionId,
      `Transition "${transitionId}" is blocked: ${blocked.map((reason) => reason.key).join(', ')}`,
      blocked,
    );
  }
  return transition;
}
