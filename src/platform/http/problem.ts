import { allMessages, currentLocale, t } from '../i18n/i18n.ts';

/**
 * An error with an HTTP status that is the caller's to see: rendered as an RFC 9457 problem document
 * on the API and as an error page in the browser. `messageKey` is an i18n key, so the text is in the
 * caller's language.
 */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly messageKey: string,
    readonly values: Record<string, string | number> = {},
    readonly errors?: Array<{ field: string; message: string }>,
  ) {
    super(messageKey);
  }

  get detail(): string {
    return t(this.messageKey, this.values);
  }

  /**
   * The field errors in the current language: a field message is an i18n key (translated with the problem's values)
   * or a text translated already. Route handlers run in the request's language, so either way the caller reads theirs.
   */
  get fieldErrors(): Array<{ field: string; message: string }> | undefined {
    const messages = allMessages(currentLocale());
    return this.errors?.map(({ field, message }) => ({
      field,
      message: message in messages ? t(message, this.values) : message,
    }));
  }
}

export const notFound = (messageKey = 'error.404.text') => new HttpProblem(404, messageKey);
export const conflict = (messageKey = 'error.409.text', values?: Record<string, string | number>) =>
  new HttpProblem(409, messageKey, values);
export const badRequest = (
  messageKey: string,
  values?: Record<string, string | number>,
  errors?: Array<{ field: string; message: string }>,
) => new HttpProblem(400, messageKey, values, errors);

/** A problem with one field of a form, found by a service: an i18n key the route translates for the page. */
export interface FieldProblem {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

/** Field problems as texts in the caller's language, by field; the first problem of a field is the one shown. */
export function fieldMessages(problems: readonly FieldProblem[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const problem of problems) messages[problem.field] ??= t(problem.key, problem.values);
  return messages;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: Array<{ field: string; message: string }>;
}

export function problemDocument(
  status: number,
  detail: string | undefined,
  instance: string,
  errors?: ProblemDocument['errors'],
): ProblemDocument {
  const key = [400, 401, 403, 404, 409, 413, 415, 429, 503].includes(status) ? status : status >= 500 ? 500 : 400;
  return {
    type: `https://raadhus.dk/problems/${key}`,
    title: t(`error.${key}.title`),
    status,
    ...(detail ? { detail } : {}),
    instance,
    ...(errors?.length ? { errors } : {}),
  };
}
