import { checkCpr, isValidCvr } from '#platform/identity-numbers/cpr-cvr.ts';
import type { FieldDefinition } from './form-definition.ts';
import { type FieldCheck, refuse } from './field-error.ts';

/** A CPR number that exists as a date, stored as its ten digits. */
export function checkCprField(_field: FieldDefinition, text: string): FieldCheck {
  const checked = checkCpr(text);
  if ('cpr' in checked) return { value: checked.cpr };
  return refuse(checked.problem === 'format' ? 'selfservice.validation.cpr' : 'selfservice.validation.cprDate');
}

export function checkCvrField(_field: FieldDefinition, text: string): FieldCheck {
  if (!isValidCvr(text)) return refuse('selfservice.validation.cvr');
  return { value: text.replace(/\s/g, '') };
}
