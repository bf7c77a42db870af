import { clientDepartment, type Principal } from '#platform/auth/principal.ts';
import type { MailboxOwner } from './post.types.ts';

/**
 * Whose post is this: the one place for the post module's record rules. Pure functions over the principal and
 * the few columns of a message or bulk letter they need; the services load the record and act on the answer
 * (a record the caller may not see is "not found", never "forbidden", which would tell that it exists).
 * The named action (`post:read-own`, `post:read-department`, `post:bulk`) is checked before, with `assertCan`.
 * Print batches have no owner: they are the whole municipality's, and `post:print` alone decides.
 */

/** The mailbox a citizen or business representative may read: their own, or their business's. */
export function mailboxOwnerOf(principal: Principal): MailboxOwner | undefined {
  if (principal.kind === 'citizen') return { kind: 'person', id: principal.id };
  if (principal.kind === 'business') return { kind: 'business', id: principal.id };
  return undefined;
}

/** Who sent a message or started a bulk letter, and for which department. */
export interface DepartmentRecord {
  department_id: string | null;
  kind: string;
  id: string;
}

/**
 * A department's message or bulk letter: staff see their department's; an API client limited to a department
 * sees that department's only; a client of all departments sees the ones it sent or started itself.
 */
export function mayReadDepartmentRecord(actor: Principal, record: DepartmentRecord): boolean {
  if (actor.kind !== 'staff' && actor.kind !== 'client') return false;
  if (actor.departmentId) return record.department_id === actor.departmentId;
  return actor.kind === 'client' && record.kind === 'client' && record.id === actor.id;
}

/**
 * An API client limited to a department sends letters and bulk letters as that department only. Staff and
 * clients of all departments name any sending department (the named action decides).
 */
export function maySendForDepartment(actor: Principal, departmentId: string | null | undefined): boolean {
  const limit = clientDepartment(actor);
  return !limit || limit === departmentId;
}

/** A message as a department record: its department and its sender. */
export const messageRecord = (row: {
  department_id: string | null;
  sender_kind: string;
  sender_id: string;
}): DepartmentRecord => ({ department_id: row.department_id, kind: row.sender_kind, id: row.sender_id });

/**
 * A bulk letter as a department record: its department and who started it. Staff also see the bulk letters
 * they started themselves (say, for another department).
 */
export function mayManageBulkLetter(
  actor: Principal,
  bulk: { department_id: string | null; created_by_kind: string; created_by_id: string },
): boolean {
  if (actor.kind === 'staff' && bulk.created_by_kind === 'staff' && bulk.created_by_id === actor.id) return true;
  return mayReadDepartmentRecord(actor, {
    department_id: bulk.department_id,
    kind: bulk.created_by_kind,
    id: bulk.created_by_id,
  });
}
