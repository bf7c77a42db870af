import { HttpProblem } from '../http/problem.ts';
import type { FieldErrors } from './components.tsx';

/**
 * How a refused change becomes a page: the one mapping every HTML route uses.
 * - A problem with one of the form's `statuses` (400 by default) is shown on the form itself: its field errors beside
 *   their fields (and in the error summary), or, without field errors, its detail beside `field`.
 * - Anything else is rethrown: the error handler renders it as the error page for its status (404, 403, 409, 500 …)
 *   in the user's language, or as a problem document on the API.
 */
export interface FormProblemOptions {
  /** the statuses the form shows itself; default 400 */
  statuses?: readonly number[];
  /** the field that shows a problem without field errors; default `form` (the error summary only) */
  field?: string | ((problem: HttpProblem) => string);
  /** the problem's field names renamed to the form's (`startsAt` → `date`) */
  rename?: Readonly<Record<string, string>>;
}

/** The field errors of a problem the form shows; rethrows anything else (see `FormProblemOptions`). */
export function formErrorsOf(error: unknown, options: FormProblemOptions = {}): FieldErrors {
  const { statuses = [400], field = 'form', rename = {} } = options;
  if (!(error instanceof HttpProblem) || !statuses.includes(error.statusCode)) throw error;
  if (!error.errors?.length) return { [typeof field === 'function' ? field(error) : field]: error.detail };
  const errors: FieldErrors = {};
  for (const { field: problemField, message: text } of error.fieldErrors ?? []) {
    const name = rename[problemField] ?? problemField;
    errors[name] = errors[name] ? `${errors[name]} ${text}` : text;
  }
  return errors;
}

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; problem: HttpProblem };

/** Runs a change for a form: its result, or the field errors to show on the form (anything else is rethrown). */
export async function attemptForm<T>(
  work: () => Promise<T>,
  options: FormProblemOptions = {},
): Promise<FormOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const errors = formErrorsOf(error, options);
    return { ok: false, errors, problem: error as HttpProblem };
  }
}
