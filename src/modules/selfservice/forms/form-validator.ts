import { checkCpr, isValidCvr } from '#platform/identity-numbers/cpr-cvr.ts';
import type {
  Condition,
  FieldDefinition,
  FieldType,
  FormDefinition,
  FormValues,
  FieldValue,
  LocalizedText,
  PageDefinition,
  PrefillSource,
  StoredFile,
} from './form-definition.ts';

/**
 * The one validator of every self-service form: pure (no I/O, no clock — "today" is passed in), so the
 * same rules hold in the browser flow, on the summary page and at submission, and are tested by tables.
 */

/** An error on a field: an i18n key with values, or the form definition's own text (a pattern's message). */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
  text?: LocalizedText;
}
export type FieldErrors = Record<string, FieldError>;

/** What the route learnt about an uploaded file before validation: its size and the type its content shows (file-type). */
export interface UploadCandidate {
  size: number;
  /** MIME type detected from the content; undefined when the content matches no known type */
  detectedType: string | undefined;
}

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

const required = (): FieldError => ({ key: 'selfservice.validation.required' });

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

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Accepts 2026-12-24 (what a date input sends) and 24-12-2026, 24.12.2026, 24/12/2026 (typed by hand); undefined when no such day exists. */
export function parseDate(input: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(input);
  const parts = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : text;
}

/** Accepts 12500, 12 500, 12.500,50 and 12500.50. */
export function parseNumber(input: string): number | undefined {
  let text = input.replace(/\s/g, '');
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function asText(raw: unknown): string {
  if (Array.isArray(raw)) return asText(raw[0]);
  return typeof raw === 'string' ? raw.trim() : '';
}

function asList(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return items.filter((item): item is string => typeof item === 'string' && item !== '');
}

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function validateFile(
  field: FieldDefinition,
  candidate: UploadCandidate | undefined,
  existing: FieldValue | undefined,
): { error?: FieldError; accepted: boolean } {
  if (!candidate || candidate.size === 0)
    return {
      accepted: false,
      error: field.required && !existing ? { key: 'selfservice.validation.fileRequired' } : undefined,
    };
  if (candidate.size > field.maxBytes!)
    return {
      accepted: false,
      error: { key: 'selfservice.validation.fileTooLarge', values: { max: megabytes(field.maxBytes!) } },
    };
  if (!candidate.detectedType || !field.allowedTypes!.includes(candidate.detectedType)) {
    return {
      accepted: false,
      error: {
        key: 'selfservice.validation.fileType',
        values: { types: field.allowedTypes!.map(describeType).join(', ') },
      },
    };
  }
  return { accepted: true };
}

export function describeType(contentType: string): string {
  return (
    ({ 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' } as Record<string, string>)[contentType] ??
    contentType
  );
}

type FieldCheck = { value?: FieldValue; error?: FieldError };
const refuse = (key: string, values?: FieldError['values']): FieldCheck => ({
  error: values ? { key, values } : { key },
});

/** Text and textarea: a length within the field's bounds (or the defaults), then the definition's own pattern. */
function checkFreeText(field: FieldDefinition, text: string): FieldCheck {
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

/** A number as Danes write it, whole when the field says so, within the field's bounds. */
function checkNumber(field: FieldDefinition, text: string): FieldCheck {
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
function checkDate(field: FieldDefinition, text: string, today: string): FieldCheck {
  const value = parseDate(text);
  if (!value) return refuse('selfservice.validation.date');
  if (field.minOffsetDays !== undefined && value < addDays(today, field.minOffsetDays))
    return refuse('selfservice.validation.dateMin', { date: addDays(today, field.minOffsetDays) });
  if (field.maxOffsetDays !== undefined && value > addDays(today, field.maxOffsetDays))
    return refuse('selfservice.validation.dateMax', { date: addDays(today, field.maxOffsetDays) });
  return { value };
}

/** Stored in lower case, so one address is always written the same way. */
function checkEmail(_field: FieldDefinition, text: string): FieldCheck {
  if (!emailPattern.test(text) || text.length > 254) return refuse('selfservice.validation.email');
  return { value: text.toLowerCase() };
}

/** A Danish number is stored as its eight digits (without +45); a foreign one in international form. */
function checkPhone(_field: FieldDefinition, text: string): FieldCheck {
  const compact = text.replace(/[\s-]/g, '');
  const danish = /^(?:\+45|0045)?(\d{8})$/.exec(compact);
  if (danish) return { value: danish[1] };
  if (/^\+\d{8,15}$/.test(compact)) return { value: compact };
  return refuse('selfservice.validation.phone');
}

/** Select and radio: one of the field's own options, never a value the page did not offer. */
function checkOption(field: FieldDefinition, text: string): FieldCheck {
  if (!field.options!.some((option) => option.value === text)) return refuse('selfservice.validation.option');
  return { value: text };
}

function checkCprField(_field: FieldDefinition, text: string): FieldCheck {
  const checked = checkCpr(text);
  if ('cpr' in checked) return { value: checked.cpr };
  return refuse(checked.problem === 'format' ? 'selfservice.validation.cpr' : 'selfservice.validation.cprDate');
}

function checkCvrField(_field: FieldDefinition, text: string): FieldCheck {
  if (!isValidCvr(text)) return refuse('selfservice.validation.cvr');
  return { value: text.replace(/\s/g, '') };
}

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

/** Checkboxes: only offered options, and at least one when the field is required. */
function checkCheckboxes(field: FieldDefinition, raw: unknown): FieldCheck {
  const chosen = asList(raw);
  if (chosen.some((item) => !field.options!.some((option) => option.value === item)))
    return refuse('selfservice.validation.option');
  if (field.required && chosen.length === 0) return refuse('selfservice.validation.chooseAtLeastOne');
  return { value: chosen };
}

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

export const isStoredFile = (value: FieldValue | undefined): value is StoredFile =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
