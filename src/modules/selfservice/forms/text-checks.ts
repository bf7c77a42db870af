import type { FieldDefinition } from './form-definition.ts';
import { type FieldCheck, refuse } from './field-error.ts';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Text and textarea: a length within the field's bounds (or the defaults), then the definition's own pattern. */
export function checkFreeText(field: FieldDefinition, text: string): FieldCheck {
  if (field.min !== undefined && text.length < field.min)
    return refuse('selfservice.validation.tooShort', { min: field.min });
  const max = field.max ?? (field.type === 'text' ? 200 : 4000);
  if (text.length > max) return refuse('selfservice.validation.tooLong', { max });
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(text))
    return {
      error: field.patternMessage
        ? { key: 'selfservice.validation.pattern', text: field.patternMessage }
        : { key: 'selfservice.validation.pattern' },
    };
  return { value: text };
}

/** Stored in lower case, so one address is always written the same way. */
export function checkEmail(_field: FieldDefinition, text: string): FieldCheck {
  if (!emailPattern.test(text) || text.length > 254) return refuse('selfservice.validation.email');
  return { value: text.toLowerCase() };
}

/** A Danish number is stored as its eight digits (without +45); a foreign one in international form. */
export function checkPhone(_field: FieldDefinition, text: string): FieldCheck {
  const compact = text.replace(/[\s-]/g, '');
  const danish = /^(?:\+45|0045)?(\d{8})$/.exec(compact);
  if (danish) return { value: danish[1] };
  if (/^\+\d{8,15}$/.test(compact)) return { value: compact };
  return refuse('selfservice.validation.phone');
}
