import { HttpProblem, type FieldProblem } from '#platform/http/problem.ts';
import { checkCpr, isValidCvr } from '#platform/identity-numbers/cpr-cvr.ts';

/** A letter from another system goes to exactly one recipient: a CPR number or a CVR number, never both. */
export function recipientByNumber(recipient: { cpr?: string; cvr?: string }): { kind: 'cpr' | 'cvr'; number: string } {
  if (recipient.cpr && !recipient.cvr) return { kind: 'cpr', number: recipient.cpr };
  if (recipient.cvr && !recipient.cpr) return { kind: 'cvr', number: recipient.cvr };
  throw new HttpProblem(400, 'post.api.recipient');
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
