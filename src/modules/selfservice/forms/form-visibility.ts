import type { Condition, FieldDefinition, FormDefinition, FormValues, PageDefinition } from './form-definition.ts';

/** Which pages, sections and fields of a form are shown, given the answers so far (their `showWhen` conditions). */

export function conditionHolds(condition: Condition | undefined, values: FormValues): boolean {
  if (!condition) return true;
  const expected = [condition.equals].flat();
  const actual = values[condition.field];
  if (Array.isArray(actual)) return actual.some((item) => expected.includes(item));
  if (actual === undefined || typeof actual === 'object') return false;
  return expected.includes(String(actual));
}

export function visibleSections(page: PageDefinition, values: FormValues) {
  return page.sections
    .filter((section) => conditionHolds(section.showWhen, values))
    .map((section) => ({
      ...section,
      fields: section.fields.filter((field) => conditionHolds(field.showWhen, values)),
    }));
}

export function visibleFields(page: PageDefinition, values: FormValues): FieldDefinition[] {
  return visibleSections(page, values).flatMap((section) => section.fields);
}

export function visiblePages(form: FormDefinition, values: FormValues): PageDefinition[] {
  return form.pages.filter((page) => conditionHolds(page.showWhen, values));
}

/** Only the answers to questions that are shown: what is submitted, never stale answers to hidden questions. */
export function visibleValues(form: FormDefinition, values: FormValues): FormValues {
  const result: FormValues = {};
  for (const page of visiblePages(form, values))
    for (const field of visibleFields(page, values))
      if (values[field.name] !== undefined) result[field.name] = values[field.name];
  return result;
}
