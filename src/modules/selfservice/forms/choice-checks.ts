import type { FieldDefinition } from './form-definition.ts';
import { asList } from './answer-parsing.ts';
import { type FieldCheck, refuse } from './field-error.ts';

/** Select and radio: one of the field's own options, never a value the page did not offer. */
export function checkOption(field: FieldDefinition, text: string): FieldCheck {
  if (!field.options!.some((option) => option.value === text)) return refuse('selfservice.validation.option');
  return { value: text };
}

/** Checkboxes: only offered options, and at least one when the field is required. */
export function checkCheckboxes(field: FieldDefinition, raw: unknown): FieldCheck {
  const chosen = asList(raw);
  if (chosen.some((item) => !field.options!.some((option) => option.value === item)))
    return refuse('selfservice.validation.option');
  if (field.required && chosen.length === 0) return refuse('selfservice.validation.chooseAtLeastOne');
  return { value: chosen };
}
