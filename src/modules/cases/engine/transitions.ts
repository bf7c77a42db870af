import type { Role } from '#platform/auth/principal.ts';
import type { Guard, StateDefinition, TransitionDefinition, WorkflowDefinition } from './workflow-definition.ts';

/**
 * Which transitions an actor may take from a case's state, and why the others are blocked. The reasons are i18n keys
 * with values, so the handling side can show "Upload the lease first" next to a disabled button.
 */

export interface TransitionContext {
  /** the actor's roles */
  roles: readonly Role[];
  /** types of documents on the case */
  documentTypes: ReadonlySet<string>;
  /** case fields */
  fields: Readonly<Record<string, unknown>>;
  openTaskCount: number;
}

export type BlockedReason =
  | { key: 'cases.guard.document'; values: { documentType: string } }
  | { key: 'cases.guard.field'; values: { field: string } }
  | { key: 'cases.guard.openTasks'; values: { count: number } }
  | { key: 'cases.guard.role'; values: { roles: string } };

export interface TransitionOption {
  transition: TransitionDefinition;
  allowed: boolean;
  blocked: BlockedReason[];
}

/** A field counts as set when it holds something other than nothing, blank text or an empty list. */
const isFilled = (value: unknown): boolean => {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
};

const guardReason = (guard: Guard, context: TransitionContext): BlockedReason | undefined => {
  switch (guard.kind) {
    case 'document':
      return context.documentTypes.has(guard.documentType)
        ? undefined
        : { key: 'cases.guard.document', values: { documentType: guard.documentType } };
    case 'field':
      return isFilled(context.fields[guard.field])
        ? undefined
        : { key: 'cases.guard.field', values: { field: guard.field } };
    case 'noOpenTasks':
      return context.openTaskCount > 0
        ? { key: 'cases.guard.openTasks', values: { count: context.openTaskCount } }
        : undefined;
  }
};

/** Why `context` may not take `transition` (empty = allowed). The role reason comes first. */
export function blockedReasons(transition: TransitionDefinition, context: TransitionContext): BlockedReason[] {
  const reasons: BlockedReason[] = [];
  if (!transition.roles.some((role) => context.roles.includes(role)))
    reasons.push({ key: 'cases.guard.role', values: { roles: transition.roles.join(', ') } });
  for (const guard of transition.guards) {
    const reason = guardReason(guard, context);
    if (reason) reasons.push(reason);
  }
  return reasons;
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
