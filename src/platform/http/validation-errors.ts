import { $ZodError, type $ZodIssue } from 'zod/v4/core';
import { t } from '../i18n/i18n.ts';

/** One refused field, as problem documents (`errors`) and error pages name it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A zod error raised while a route handles a request: a route parses its body, query or path parameters with
 * `.parse()` (a field too long, sent twice, of the wrong type), so the input was the client's mistake. The error
 * handler answers it with 400 naming the fields, in the caller's language, never with 500.
 */
export const isZodError = (error: unknown): error is $ZodError => error instanceof $ZodError;

/** The fields of a zod error, each with a message in the caller's language. `inputs` are where the fields came from. */
export function zodFieldErrors(error: $ZodError, inputs: readonly unknown[]): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issueMessage(issue, inputs),
  }));
}

function issueMessage(issue: $ZodIssue, inputs: readonly unknown[]): string {
  if (issue.code === 'invalid_type' && inputs.some((input) => Array.isArray(valueAt(input, issue.path))))
    return t('validation.repeated');
  if (issue.code === 'too_big' && issue.origin === 'string')
    return t('validation.tooLong', { maximum: Number(issue.maximum) });
  if (issue.code === 'invalid_type' && valueAtAny(inputs, issue.path) === undefined) return t('validation.required');
  return t('validation.invalid');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const valueAtAny = (inputs: readonly unknown[], path: readonly PropertyKey[]) =>
  inputs.map((input) => valueAt(input, path)).find((value) => value !== undefined);
