import { t } from '#platform/i18n/i18n.ts';
import { HttpProblem, type FieldProblem } from '#platform/http/problem.ts';
import type { Attachment } from '#platform/contracts.ts';
import { checkCpr, isValidCvr } from '#platform/identity-numbers/cpr-cvr.ts';
import { checkAttachments, type CheckedAttachment } from './attachment-check.ts';
import { BODY_MAX, SUBJECT_MAX } from './post-limits.ts';

export type { FieldProblem };

/**
 * Bad input to a message: 400 with one entry per field. Keeps the message keys, so a page shows them in
 * the reader's language beside the fields, and the API's problem document lists them.
 */
export class PostInputError extends HttpProblem {
  constructor(readonly fields: FieldProblem[]) {
    super(
      400,
      'post.validation.failed',
      {},
      fields.map((problem) => ({ field: problem.field, message: problemText(problem) })),
    );
  }
}

/** A field problem in the current language; a nested `problemKey` (a CSV row's own problem) is translated too. */
export function problemText(problem: FieldProblem): string {
  const values = { ...(problem.values ?? {}) };
  if (typeof values.problemKey === 'string') values.problem = t(values.problemKey);
  return t(problem.key, values);
}

/** A letter from another system goes to exactly one recipient: a CPR number or a CVR number, never both. */
export function recipientByNumber(recipient: { cpr?: string; cvr?: string }): { kind: 'cpr' | 'cvr'; number: string } {
  if (recipient.cpr && !recipient.cvr) return { kind: 'cpr', number: recipient.cpr };
  if (recipient.cvr && !recipient.cpr) return { kind: 'cvr', number: recipient.cvr };
  throw new HttpProblem(400, 'post.api.recipient');
}

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

export type RecipientNumber = { kind: 'cpr'; number: string } | { kind: 'cvr'; number: string };

/** A CPR or CVR number as typed (CPR with or without the dash); the problem says whether the format or the date is wrong. */
export function checkRecipientNumber(
  kind: 'cpr' | 'cvr',
  input: string,
  problems: FieldProblem[],
  field = 'recipient',
): RecipientNumber | undefined {
  if (kind === 'cvr') {
    if (isValidCvr(input)) return { kind, number: input.trim() };
    problems.push({ field, key: 'post.validation.cvr' });
    return undefined;
  }
  const checked = checkCpr(input);
  if ('cpr' in checked) return { kind, number: checked.cpr };
  problems.push({ field, key: checked.problem === 'format' ? 'post.validation.cprFormat' : 'post.validation.cprDate' });
  return undefined;
}

export function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length) throw new PostInputError(problems);
}
