import type { FormDefinition, FormValues, PageDefinition, PrefillSource } from './form-definition.ts';
import { asList, asText } from './answer-parsing.ts';
import type { FieldErrors } from './field-error.ts';
import { type UploadCandidate, validateFile } from './file-check.ts';
import { validateField } from './field-validator.ts';
import { visibleFields, visiblePages } from './form-visibility.ts';

export type { FieldError, FieldErrors } from './field-error.ts';
export { isStoredFile } from './file-check.ts';
export { visibleFields, visiblePages, visibleSections } from './form-visibility.ts';

/**
 * The one validator of every self-service form: pure (no I/O, no clock — "today" is passed in), so the
 * same rules hold in the browser flow, on the summary page and at submission, and are tested by tables.
 * The field checks live beside it, one file per kind of answer.
 */

export interface ValidationContext {
  /** today's date in Denmark, YYYY-MM-DD */
  today: string;
  /** the draft's answers so far (earlier pages decide what is shown; files already uploaded count) */
  existing: FormValues;
  /** uploads in this request, by field name */
  files?: Record<string, UploadCandidate | undefined>;
  /** values from the login for prefilled fields */
  prefill?: Partial<Record<PrefillSource, string>>;
}

export interface PageValidation {
  /** the page's answers, normalised, for the visible fields that have one (files: only those already stored) */
  values: FormValues;
  errors: FieldErrors;
  /** file fields whose upload in this request passed the checks and should be stored */
  acceptedFiles: string[];
  /** what the user typed, to show again on error */
  raw: Record<string, string | string[]>;
}

/** Validates one page of a form against what the user sent; hidden sections and fields are neither checked nor kept. */
export function validatePage(
  page: PageDefinition,
  input: Record<string, unknown>,
  context: ValidationContext,
): PageValidation {
  const result: PageValidation = { values: {}, errors: {}, acceptedFiles: [], raw: {} };
  for (const field of visibleFields(page, context.existing)) {
    if (field.prefill) {
      const value = context.prefill?.[field.prefill];
      if (value) result.values[field.name] = value;
      continue;
    }
    if (field.type === 'file') {
      const existing = context.existing[field.name];
      const checked = validateFile(field, context.files?.[field.name], existing);
      if (checked.error) result.errors[field.name] = checked.error;
      if (checked.accepted) result.acceptedFiles.push(field.name);
      else if (existing && !checked.error) result.values[field.name] = existing;
      continue;
    }
    const raw = input[field.name];
    result.raw[field.name] = field.type === 'checkbox' ? asList(raw) : asText(raw);
    const checked = validateField(field, raw, context.today);
    if (checked.error) result.errors[field.name] = checked.error;
    else if (checked.value !== undefined) result.values[field.name] = checked.value;
  }
  return result;
}

/** Turns stored answers back into what a browser would send, to re-check a whole draft before submission. */
export function storedAsInput(values: FormValues): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? String(value) : value]),
  );
}

/** The first visible page whose stored answers do not pass validation (or that was never completed); undefined when the draft is ready. */
export function firstIncompletePage(
  form: FormDefinition,
  values: FormValues,
  completedPages: readonly string[],
  context: Omit<ValidationContext, 'existing' | 'files'>,
): PageDefinition | undefined {
  for (const page of visiblePages(form, values)) {
    if (!completedPages.includes(page.id)) return page;
    const checked = validatePage(page, storedAsInput(values), { ...context, existing: values });
    if (Object.keys(checked.errors).length) return page;
  }
  return undefined;
}
