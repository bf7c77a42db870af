import type { FieldValue, LocalizedText } from './form-definition.ts';

/** An error on a field: an i18n key with values, or the form definition's own text (a pattern's message). */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
  text?: LocalizedText;
}
export type FieldErrors = Record<string, FieldError>;

/** The outcome of checking one answer: its normalised value, or an error. */
export type FieldCheck = { value?: FieldValue; error?: FieldError };

export const refuse = (key: string, values?: FieldError['values']): FieldCheck => ({
  error: values ? { key, values } : { key },
});

export const required = (): FieldError => ({ key: 'selfservice.validation.required' });
