import type { Principal } from '#platform/auth/principal.ts';
import type { Owner } from './notify.repository.ts';

/**
 * Whose contact point or reminder is this: the one place for the notify module's record rules. Pure functions
 * over the principal and the few columns they need; the services load the record and act on the answer (a
 * reminder the caller may not manage is "not found"). The named action (`notify:contact`, `notify:remind`) is
 * checked before, with `assertCan`.
 */

/** The contact points a citizen or business representative manages: their own, or their business's. */
export function contactOwnerOf(principal: Principal): Owner | undefined {
  if (principal.kind === 'citizen' || principal.kind === 'business') return { kind: principal.kind, id: principal.id };
  return undefined;
}

/**
 * Staff with the permission manage every reminder (appointments move between colleagues and departments);
 * an API client only the ones it created.
 */
export function mayManageReminder(
  actor: Principal,
  reminder: { created_by_kind: string; created_by_id: string },
): boolean {
  if (actor.kind === 'client') return reminder.created_by_kind === 'client' && reminder.created_by_id === actor.id;
  return actor.kind === 'staff';
}
