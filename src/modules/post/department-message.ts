import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem, notFound } from '#platform/http/problem.ts';
import type { Executor } from '#platform/db/database.ts';
import * as repository from './post.repository.ts';
import { mayReadDepartmentRecord, messageRecord } from './post.policy.ts';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The staff member's department; staff without one have no department mailbox. */
export function departmentOf(actor: Principal): string {
  if (!actor.departmentId) throw new HttpProblem(403, 'post.department.none');
  return actor.departmentId;
}

/**
 * A staff member's or API client's message: one of its department's (staff), or one it sent or of its
 * department (API client). Anything else is "not found".
 */
export async function departmentMessage(
  executor: Executor,
  actor: Principal,
  messageId: string,
): Promise<repository.MessageRow> {
  assertCan(actor, 'post:read-department');
  const row = isUuid(messageId) ? await repository.findMessage(executor, messageId) : undefined;
  if (!row || !mayReadDepartmentRecord(actor, messageRecord(row))) throw notFound('post.message.notFound');
  return row;
}

/** An attachment of a department message; any other id is "not found". */
export async function departmentAttachment(executor: Executor, messageId: string, attachmentId: string) {
  const attachment = isUuid(attachmentId)
    ? await repository.findAttachment(executor, messageId, attachmentId)
    : undefined;
  if (!attachment) throw notFound('post.message.notFound');
  return attachment;
}
