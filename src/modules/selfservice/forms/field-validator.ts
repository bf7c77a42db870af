import type { FieldDefinition, FieldType } from './form-definition.ts';
import { asText } from './answer-parsing.ts';
import { type FieldCheck, refuse, required } from './field-error.ts';
import { checkEmail, checkFreeText, checkPhone } from './text-checks.ts';
import { checkDate, checkNumber } from './number-date-checks.ts';
import { checkCheckboxes, checkOption } from './choice-checks.ts';
import { checkCprField, checkCvrField } from './identity-number-checks.ts';

/** The check of a non-empty typed answer, by field type; files are checked on upload, not here. */
const checkTyped: Record<
  Exclude<FieldType, 'checkbox'>,
  (field: FieldDefinition, text: string, today: string) => FieldCheck
> = {
  text: checkFreeText,
  textarea: checkFreeText,
  number: checkNumber,
  date: checkDate,
  email: checkEmail,
  phone: checkPhone,
  select: checkOption,
  radio: checkOption,
  cpr: checkCprField,
  cvr: checkCvrField,
  file: () => ({}),
};

/** Checks one answer that is typed or chosen (not files, not prefilled). Returns the normalised value or an error. */
export function validateField(field: FieldDefinition, raw: unknown, today: string): FieldCheck {
  if (field.type === 'checkbox') return checkCheckboxes(field, raw);
  const text = asText(raw);
  if (text !== '') return checkTyped[field.type](field, text, today);
  if (!field.required) return {};
  return field.type === 'select' || field.type === 'radio'
    ? refuse('selfservice.validation.chooseOne')
    : { error: required() };
}
