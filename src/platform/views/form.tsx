import type { Children } from '@kitajs/html';
import { t } from '../i18n/i18n.ts';
import { viewContext } from './view-context.ts';
import { Icon } from './icon.tsx';

// Forms: the CSRF field, POST and filter forms, field bindings and the error summary.

/** Field errors keyed by field name, already translated. */
export type FieldErrors = Record<string, string | undefined>;

/** What a form page is shown again with after a refused submit: the values typed and the errors. */
export interface FormState<Values> {
  values?: Values;
  errors?: FieldErrors;
}

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
      <Icon name="error" label={t('alert.error')} class="alert-icon" />
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
