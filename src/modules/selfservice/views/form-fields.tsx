import { currentLocale, formatDate, t } from '#platform/i18n/i18n.ts';
import { formatDay, formatFileSize, formatNumber } from '#platform/i18n/numbers.ts';
import type { FieldDefinition, FieldValue, LocalizedText } from '../forms/form-definition.ts';
import { isStoredFile, type FieldError } from '../forms/form-validator.ts';

export const localized = (text: LocalizedText | undefined): string => (text ? text[currentLocale()] : '');

/** An error as the user reads it: the field's label woven into the message. */
export function errorText(field: FieldDefinition, error: FieldError): string {
  if (error.text) return localized(error.text);
  const values = { ...error.values };
  if (typeof values.date === 'string') values.date = formatDate(new Date(`${values.date}T12:00:00Z`));
  return t(error.key, { field: localized(field.label), ...values });
}

export const formatSize = (bytes: number): string => formatFileSize(bytes);

/** A stored answer as text for a field or the summary. */
export function displayValue(field: FieldDefinition, value: FieldValue | undefined): string {
  if (value === undefined || value === '') return '';
  if (isStoredFile(value)) return `${value.filename} (${formatSize(value.size)})`;
  if (Array.isArray(value))
    return value
      .map((item) => localized(field.options?.find((option) => option.value === item)?.label) || item)
      .join(', ');
  if (field.options) return localized(field.options.find((option) => option.value === value)?.label) || String(value);
  if (typeof value === 'number') {
    const text = formatNumber(value);
    return field.suffix ? `${text} ${localized(field.suffix)}` : text;
  }
  if (field.type === 'date') return formatDay(value);
  if (field.type === 'cpr') return `${value.slice(0, 6)}-${value.slice(6)}`;
  return value;
}

/** The value to put back into an input: what was typed (on error) or the stored answer. */
function inputValue(field: FieldDefinition, value: FieldValue | undefined, raw: string | string[] | undefined): string {
  if (raw !== undefined) return Array.isArray(raw) ? (raw[0] ?? '') : raw;
  if (value === undefined || isStoredFile(value) || Array.isArray(value)) return '';
  if (typeof value === 'number') return currentLocale() === 'da' ? String(value).replace('.', ',') : String(value);
  if (field.type === 'cpr') return `${value.slice(0, 6)}-${value.slice(6)}`;
  return value;
}

interface FieldProps {
  field: FieldDefinition;
  value: FieldValue | undefined;
  raw: string | string[] | undefined;
  error: string | undefined;
}

const inputTypes: Partial<Record<FieldDefinition['type'], { type: string; inputmode?: string }>> = {
  text: { type: 'text' },
  number: { type: 'text', inputmode: 'decimal' },
  date: { type: 'date' },
  email: { type: 'email' },
  phone: { type: 'tel', inputmode: 'tel' },
  cpr: { type: 'text', inputmode: 'numeric' },
  cvr: { type: 'text', inputmode: 'numeric' },
};

function Label({ field, forId }: { field: FieldDefinition; forId?: string }) {
  const label = localized(field.label);
  // optional fields say so, unless the definition's label already does
  const text =
    field.prefill || field.required || label.includes('(') ? label : `${label} ${t('selfservice.form.optional')}`;
  return forId ? (
    <label class="form-label" for={forId} safe>
      {text}
    </label>
  ) : (
    <legend class="form-label" safe>
      {text}
    </legend>
  );
}

function Hint({ field, extra }: { field: FieldDefinition; extra?: string }) {
  const text = [localized(field.hint), extra].filter(Boolean).join(' ');
  return text ? (
    <span class="form-hint" id={`hint-${field.name}`} safe>
      {text}
    </span>
  ) : (
    ''
  );
}

function ErrorMessage({ field, error }: { field: FieldDefinition; error?: string }) {
  return error ? (
    <span class="form-error-message" id={`error-${field.name}`}>
      <span class="sr-only">{t('validation.invalid')}: </span>
      <span safe>{error}</span>
    </span>
  ) : (
    ''
  );
}

const describedBy = (field: FieldDefinition, hint: boolean, error?: string) =>
  [hint ? `hint-${field.name}` : '', error ? `error-${field.name}` : ''].filter(Boolean).join(' ') || undefined;

/** The attributes every control shares: its id, name and the ids of its hint and error. */
const controlAttributes = (field: FieldDefinition, hint: boolean, error?: string) => ({
  id: `field-${field.name}`,
  name: field.name,
  'aria-describedby': describedBy(field, hint, error),
  'aria-invalid': error ? 'true' : undefined,
});

/** A field's group: its label, hint (with any extra text) and error above the control. */
function FieldGroup({
  field,
  error,
  hint,
  children,
}: {
  field: FieldDefinition;
  error?: string;
  hint?: string;
  children: JSX.Element;
}) {
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <Label field={field} forId={`field-${field.name}`} />
      <Hint field={field} extra={hint} />
      <ErrorMessage field={field} error={error} />
      {children}
    </div>
  );
}

/** One field of a form definition, in DKFDS markup, with its hint, its error beside it and the value kept. */
export function FormField({ field, value, raw, error }: FieldProps) {
  const id = `field-${field.name}`;
  const groupClass = error ? 'form-group form-error' : 'form-group';
  if (field.prefill) {
    return (
      <div class="form-group">
        <Label field={field} forId={id} />
        <span class="form-hint" id={`hint-${field.name}`}>
          {t('selfservice.form.prefilled')}
        </span>
        <input
          class="form-input"
          type="text"
          id={id}
          value={typeof value === 'string' ? value : ''}
          readonly
          aria-describedby={`hint-${field.name}`}
        />
      </div>
    );
  }
  if (field.type === 'radio' || field.type === 'checkbox') {
    const chosen =
      raw !== undefined ? [raw].flat() : Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const hasHint = Boolean(field.hint);
    return (
      <div class={groupClass}>
        <fieldset aria-describedby={describedBy(field, hasHint, error)}>
          <Label field={field} />
          <Hint field={field} />
          <ErrorMessage field={field} error={error} />
          <ul class="nobullet-list">
            {field.options!.map((option, index) => {
              const optionId = index === 0 ? id : `${id}-${index}`;
              return (
                <li>
                  <div class={field.type === 'radio' ? 'form-group-radio' : 'form-group-checkbox'}>
                    <input
                      type={field.type}
                      class={field.type === 'radio' ? 'form-radio' : 'form-checkbox'}
                      id={optionId}
                      name={field.name}
                      value={option.value}
                      checked={chosen.includes(option.value)}
                    />
                    <label for={optionId} safe>
                      {localized(option.label)}
                    </label>
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </div>
    );
  }
  if (field.type === 'select') {
    const selected = inputValue(field, value, raw);
    return (
      <FieldGroup field={field} error={error}>
        <select class="form-select" {...controlAttributes(field, Boolean(field.hint), error)}>
          <option value="">{t('selfservice.form.choose')}</option>
          {field.options!.map((option) => (
            <option value={option.value} selected={option.value === selected} safe>
              {localized(option.label)}
            </option>
          ))}
        </select>
      </FieldGroup>
    );
  }
  if (field.type === 'file') {
    const stored = isStoredFile(value) ? value : undefined;
    const current = stored
      ? `${t('selfservice.form.currentFile', { name: stored.filename, size: formatSize(stored.size) })} ${t('selfservice.form.replaceFile')}`
      : undefined;
    return (
      <FieldGroup field={field} error={error} hint={current}>
        <input
          class="form-file-input"
          type="file"
          {...controlAttributes(field, Boolean(field.hint || current), error)}
          accept={field.allowedTypes!.join(',')}
        />
      </FieldGroup>
    );
  }
  if (field.type === 'textarea') {
    return (
      <FieldGroup field={field} error={error}>
        <textarea class="form-input" {...controlAttributes(field, Boolean(field.hint), error)} rows="5" safe>
          {inputValue(field, value, raw)}
        </textarea>
      </FieldGroup>
    );
  }
  const input = inputTypes[field.type] ?? { type: 'text' };
  const suffix = localized(field.suffix);
  const control = (
    <input
      class={`form-input${field.type === 'number' || field.type === 'cpr' || field.type === 'cvr' || field.type === 'phone' ? ' input-width-s' : ''}`}
      type={input.type}
      {...controlAttributes(field, Boolean(field.hint), error)}
      value={inputValue(field, value, raw)}
      inputmode={input.inputmode}
      autocomplete={field.autocomplete}
    />
  );
  return (
    <FieldGroup field={field} error={error}>
      {suffix ? (
        <div class="form-input-wrapper form-input-wrapper--suffix">
          {control}
          <div class="form-input-suffix" aria-hidden="true" safe>
            {suffix}
          </div>
        </div>
      ) : (
        control
      )}
    </FieldGroup>
  );
}
