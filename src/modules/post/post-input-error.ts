import { t } from '#platform/i18n/i18n.ts';
import { HttpProblem, type FieldProblem } from '#platform/http/problem.ts';

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

/** Throws the problems collected so far, if any, as one 400 with an entry per field. */
export function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length) throw new PostInputError(problems);
}
