import type { FieldDefinition } from './form-definition.ts';
import { addDays, parseDate, parseNumber } from './answer-parsing.ts';
import { type FieldCheck, refuse } from './field-error.ts';

/** A number as Danes write it, whole when the field says so, within the field's bounds. */
export function checkNumber(field: FieldDefinition, text: string): FieldCheck {
  const value = parseNumber(text);
  if (value === undefined) return refuse('selfservice.validation.number');
  if (field.integer && !Number.isInteger(value)) return refuse('selfservice.validation.integer');
  if (field.min !== undefined && value < field.min)
    return refuse('selfservice.validation.numberMin', { min: field.min });
  if (field.max !== undefined && value > field.max)
    return refuse('selfservice.validation.numberMax', { max: field.max });
  return { value };
}

/** A day that exists, within the field's window counted in days from today (e.g. "not before tomorrow"). */
export function checkDate(field: FieldDefinition, text: string, today: string): FieldCheck {
  const value = parseDate(text);
  if (!value) return refuse('selfservice.validation.date');
  if (field.minOffsetDays !== undefined && value < addDays(today, field.minOffsetDays))
    return refuse('selfservice.validation.dateMin', { date: addDays(today, field.minOffsetDays) });
  if (field.maxOffsetDays !== undefined && value > addDays(today, field.maxOffsetDays))
    return refuse('selfservice.validation.dateMax', { date: addDays(today, field.maxOffsetDays) });
  return { value };
}
