import type { Role } from '#platform/auth/principal.ts';
import type { Guard, TransitionDefinition } from './workflow-definition.ts';

/** What guards and roles are checked against, and why a transition is blocked (i18n keys with values). */

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
