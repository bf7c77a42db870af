import type { FastifyRequest } from 'fastify';
import { t, withLocale } from '#platform/i18n/i18n.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { attemptForm, type FormOutcome } from '#platform/views/form-problems.ts';

/**
 * A form's change with its refusal texts in the reader's language: a route handler runs outside the page's locale,
 * so without this the field messages would be translated to the default language (Danish).
 */
export function attemptIn<T>(request: FastifyRequest, work: () => Promise<T>): Promise<FormOutcome<T>> {
  return withLocale(request.locale, () => attemptForm(work));
}

/** An API call whose refusal lists its field problems in the caller's language (the catalogue keys translated). */
export async function translatedProblems<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof HttpProblem) || !error.errors) throw error;
    const errors = withLocale(request.locale, () =>
      error.errors!.map((problem) => ({ field: problem.field, message: t(problem.message, error.values) })),
    );
    throw new HttpProblem(error.statusCode, error.messageKey, error.values, errors);
  }
}
