import type { FieldProblem } from '#platform/http/problem.ts';
import type { Attachment } from '#platform/contracts.ts';
import { checkAttachments, type CheckedAttachment } from './attachment-check.ts';
import { BODY_MAX, SUBJECT_MAX } from './post-limits.ts';

export type { FieldProblem };
export { PostInputError, problemText, throwIfProblems } from './post-input-error.ts';
export { checkRecipientNumber, type RecipientNumber, recipientByNumber } from './recipient-number.ts';

export interface CheckedText {
  subject: string;
  body: string;
}

/** Subject and body: subject required, both within their limits. Collects problems instead of throwing. */
export function checkText(
  input: { subject?: string; body?: string },
  problems: FieldProblem[],
  options: { subjectRequired?: boolean } = {},
): CheckedText {
  const subject = (input.subject ?? '').trim();
  const body = (input.body ?? '').replace(/\r\n/g, '\n').trim();
  if ((options.subjectRequired ?? true) && !subject)
    problems.push({ field: 'subject', key: 'post.validation.subjectRequired' });
  if (subject.length > SUBJECT_MAX)
    problems.push({ field: 'subject', key: 'post.validation.subjectTooLong', values: { max: SUBJECT_MAX } });
  if (!body) problems.push({ field: 'body', key: 'post.validation.bodyRequired' });
  if (body.length > BODY_MAX)
    problems.push({ field: 'body', key: 'post.validation.bodyTooLong', values: { max: BODY_MAX } });
  return { subject, body };
}

/** The attachments, checked by their content; a problem is collected on the attachments field. */
export async function checkFiles(
  attachments: Attachment[] | undefined,
  problems: FieldProblem[],
): Promise<CheckedAttachment[]> {
  const result = await checkAttachments(attachments ?? []);
  if (result.ok) return result.attachments;
  problems.push({
    field: 'attachments',
    key: result.problem.key,
    values: result.problem.values as Record<string, string | number>,
  });
  return [];
}
