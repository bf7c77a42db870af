import type { FormValues, PrefillSource } from './form-definition.ts';
import type { FieldErrors } from './field-error.ts';
import type { UploadCandidate } from './file-check.ts';

/** What validating a page is given besides the input, and what it gives back. */
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
