import type { Children } from '@kitajs/html';
import { t } from '../i18n/i18n.ts';
import { viewContext } from './view-context.ts';

/** Field errors keyed by field name, already translated. */
export type FieldErrors = Record<string, string | undefined>;

/** Hidden CSRF field; every POST form includes it. */
export function CsrfField() {
  return <input type="hidden" name="_csrf" value={viewContext().csrfToken} />;
}

/**
 * A POST form: the CSRF field, the fields, and its submit button (`submit` is the button's text; `extra` stands beside
 * it, e.g. a back link). `multipart` for file uploads.
 */
export function PostForm({
  action,
  submit,
  kind = 'primary',
  multipart,
  novalidate,
  class: classes,
  extra,
  children,
}: {
  action: string;
  submit: string;
  kind?: 'primary' | 'secondary';
  multipart?: boolean;
  novalidate?: boolean;
  class?: string;
  extra?: JSX.Element;
  children?: Children;
}) {
  return (
    <form
      method="post"
      action={action}
      enctype={multipart ? 'multipart/form-data' : undefined}
      novalidate={novalidate}
      class={classes}
    >
      <CsrfField />
      {children ?? ''}
      <button type="submit" class={`button button-${kind}`} safe>
        {submit}
      </button>
      {extra ? <> {extra}</> : ''}
    </form>
  );
}

/** A GET form of filters above a list: the fields side by side (three to a row on wide screens), then its button. */
export function FilterForm({
  action,
  submit,
  fields,
  extra,
}: {
  action: string;
  submit: string;
  fields: JSX.Element[];
  extra?: JSX.Element;
}) {
  return (
    <form method="get" action={action} class="mb-6">
      <div class="row">
        {fields.map((field) => (
          <div class="col-md-4">{field}</div>
        ))}
      </div>
      <button type="submit" class="button button-primary" safe>
        {submit}
      </button>
      {extra ? <> {extra}</> : ''}
    </form>
  );
}

/** Options of a select or radio group whose labels are i18n keys `<prefix>.<value>`. */
export const choices = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

/** Name, value and error of a form's field, for `<TextField {...field('cpr')} label={…} />`. */
export function fieldBinding<Values extends object>(values: Values, errors: FieldErrors) {
  return (name: keyof Values & string) => ({
    name,
    value: values[name] as string | undefined,
    error: errors[name],
  });
}

/**
 * DKFDS error summary: lists every error, each linking to its field. `errors` by field, or a list when one field has
 * several (a workflow definition's reasons); `heading` replaces "Der er fejl i formularen".
 */
export function ErrorSummary({
  errors,
  heading = t('error.summary'),
}: {
  errors: FieldErrors | Array<{ field: string; message: string }>;
  heading?: string;
}) {
  const entries = Array.isArray(errors)
    ? errors.map(({ field, message }) => [field, message] as const)
    : Object.entries(errors).filter(([, message]) => message);
  if (entries.length === 0) return '';
  return (
    <div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading">
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading" safe>
          {heading}
        </p>
        <ul class="alert-text nobullet-list">
          {entries.map(([field, message]) => (
            <li>
              <a href={`#field-${field}`} class="function-link" safe>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

function FieldFrame({ name, label, hint, error, children }: FieldProps & { children: JSX.Element }) {
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={`field-${name}`} safe>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `hint-${name}` : '', error ? `error-${name}` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function TextField(
  props: FieldProps & { value?: string; type?: string; autocomplete?: string; inputmode?: string; classes?: string },
) {
  const { name, hint, error, required, value, type = 'text', autocomplete, inputmode, classes } = props;
  return (
    <FieldFrame {...props}>
      <input
        class={`form-input ${classes ?? ''}`.trim()}
        type={type}
        id={`field-${name}`}
        name={name}
        value={value ?? ''}
        required={required}
        autocomplete={autocomplete}
        inputmode={inputmode}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string; rows?: number }) {
  const { name, hint, error, required, value, rows = 6 } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        class="form-input"
        id={`field-${name}`}
        name={name}
        rows={String(rows)}
        required={required}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        safe
      >
        {value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { value?: string; options: Array<{ value: string; label: string }> }) {
  const { name, hint, error, required, value, options } = props;
  return (
    <FieldFrame {...props}>
      <select
        class="form-select"
        id={`field-${name}`}
        name={name}
        required={required}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {options.map((option) => (
          <option value={option.value} selected={option.value === value} safe>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A file input with its label, hint and error (the form needs `enctype="multipart/form-data"`). */
export function FileField(props: FieldProps & { accept?: string; multiple?: boolean }) {
  const { name, hint, error, required, accept, multiple } = props;
  return (
    <FieldFrame {...props}>
      <input
        class="form-file-input"
        type="file"
        id={`field-${name}`}
        name={name}
        accept={accept}
        multiple={multiple}
        required={required}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldFrame>
  );
}

/** A field's hint and its error message, each with the id the control's `aria-describedby` names. */
function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <span class="form-hint" id={`hint-${name}`} safe>
          {hint}
        </span>
      ) : (
        ''
      )}
      <ErrorMessage name={name} error={error} />
    </>
  );
}

function ErrorMessage({ name, error }: { name: string; error?: string }) {
  if (!error) return '';
  return (
    <span class="form-error-message" id={`error-${name}`}>
      <span class="sr-only">{t('validation.invalid')}: </span>
      <span safe>{error}</span>
    </span>
  );
}

/** One checkbox with its label and error, e.g. "I confirm …". */
export function CheckboxField({
  name,
  id = name,
  label,
  value = 'true',
  checked,
  required,
  error,
}: {
  name: string;
  /** the field's id (`field-<id>`) when several forms on a page share the name */
  id?: string;
  label: string;
  value?: string;
  checked?: boolean;
  required?: boolean;
  error?: string;
}) {
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <ErrorMessage name={id} error={error} />
      <div class="form-group-checkbox">
        <input
          class="form-checkbox"
          type="checkbox"
          id={`field-${id}`}
          name={name}
          value={value}
          checked={checked}
          required={required}
          aria-describedby={error ? `error-${id}` : undefined}
        />
        <label for={`field-${id}`} safe>
          {label}
        </label>
      </div>
    </div>
  );
}

/** A DKFDS group of checkboxes under one legend, with its hint and error (the error summary links to `field-<name>`). */
export function CheckboxGroup({
  name,
  legend,
  hint,
  error,
  options,
  values,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Array<{ value: string; label: string }>;
  values: string[];
}) {
  return (
    <fieldset
      class={error ? 'form-group form-error' : 'form-group'}
      aria-describedby={hint ? `hint-${name}` : undefined}
    >
      <legend class="form-label" safe>
        {legend}
      </legend>
      <HintAndError name={name} hint={hint} error={error} />
      <ul class="nobullet-list" id={`field-${name}`}>
        {options.map((option, index) => (
          <li class="form-group-checkbox">
            <input
              class="form-checkbox"
              type="checkbox"
              id={`${name}-${index}`}
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
            />
            <label for={`${name}-${index}`} safe>
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A DKFDS group of radio buttons under one legend; each option's id is `field-<name>-<value>`. */
export function RadioGroup({
  name,
  legend,
  error,
  options,
  value,
}: {
  name: string;
  legend: string;
  error?: string;
  options: Array<{ value: string; label: string }>;
  value?: string;
}) {
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={error ? `error-${name}` : undefined}>
        <legend class="form-label" safe>
          {legend}
        </legend>
        <ErrorMessage name={name} error={error} />
        {options.map((option) => (
          <div class="form-group-radio">
            <input
              class="form-radio"
              type="radio"
              id={`field-${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={option.value === value}
            />
            <label for={`field-${name}-${option.value}`} safe>
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function Alert({
  kind,
  heading,
  children,
}: {
  kind: 'info' | 'success' | 'warning' | 'error';
  heading?: string;
  children?: JSX.Element | string;
}) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div class="alert-body">
        {heading ? (
          <p class="alert-heading" safe>
            {heading}
          </p>
        ) : (
          ''
        )}
        <div class="alert-text">{children ?? ''}</div>
      </div>
    </div>
  );
}

/** A list of links (letters, documents), each with an optional hint after it; `empty` when there are none. */
export function LinkList({
  links,
  empty,
}: {
  links: Array<{ href: string; text: string; hint?: string }>;
  empty: string;
}) {
  if (links.length === 0) return <p safe>{empty}</p>;
  return (
    <ul>
      {links.map((link) => (
        <li>
          <a href={link.href} safe>
            {link.text}
          </a>
          {link.hint ? <span class="form-hint" safe>{` ${link.hint}`}</span> : ''}
        </li>
      ))}
    </ul>
  );
}

/** Previous/next paging links that keep the current query. */
export function Pagination({ page, hasNext, baseQuery = '' }: { page: number; hasNext: boolean; baseQuery?: string }) {
  const { path } = viewContext();
  const link = (target: number) => {
    const params = new URLSearchParams(baseQuery);
    params.set('page', String(target));
    return `${path}?${params.toString()}`;
  };
  if (page <= 1 && !hasNext) return '';
  return (
    <nav class="pagination" aria-label={t('common.page', { page })}>
      <ul class="pagination__items">
        {page > 1 ? (
          <li class="pagination-item">
            <a href={link(page - 1)} class="button button-arrow button-previous">
              {t('common.previous')}
            </a>
          </li>
        ) : (
          ''
        )}
        <li class="pagination-item pagination-number">{t('common.page', { page })}</li>
        {hasNext ? (
          <li class="pagination-item">
            <a href={link(page + 1)} class="button button-arrow button-next">
              {t('common.next')}
            </a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}
