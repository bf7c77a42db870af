import type { FormDefinition, FormValues, PageDefinition } from './form-definition.ts';
import { asList, asText } from './answer-parsing.ts';
import { validateFile } from './file-check.ts';
import type { PageValidation, ValidationContext } from './validation-context.ts';
import { validateField } from './field-validator.ts';
import { visibleFields, visiblePages } from './form-visibility.ts';

export type { FieldError, FieldErrors } from './field-error.ts';
export type { PageValidation, ValidationContext } from './validation-context.ts';
export { isStoredFile } from './file-check.ts';
export { visibleFields, visiblePages, visibleSections } from './form-visibility.ts';

/**
 * The one validator of every self-service form: pure (no I/O, no clock — "today" is passed in), so the
 * same rules hold in the browser flow, on the summary page and at submission, and are tested by tables.
 * The field checks live beside it, one file per kind of answer.
 */

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
