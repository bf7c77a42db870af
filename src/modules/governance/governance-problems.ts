import { badRequest, type FieldProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';

/** Refuses a change with its field problems, each in the caller's language (nothing has been stored yet). */
export function refuseWith(key: string, problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  throw badRequest(
    key,
    {},
    problems.map(({ field, key: message, values }) => ({ field, message: t(message, values) })),
  );
}
