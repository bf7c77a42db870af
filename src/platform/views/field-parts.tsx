import { t } from '../i18n/i18n.ts';

// The parts every form field shares: its frame, hint, error and `aria-describedby`.

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

export function FieldFrame({ name, label, hint, error, children }: FieldProps & { children: JSX.Element }) {
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

/** The attributes every control shares: its id, name, required flag and the ids of its hint and error. */
export function controlAttributes({ name, hint, error, required }: Omit<FieldProps, 'label'>) {
  return {
    id: `field-${name}`,
    name,
    required,
    'aria-describedby': describedBy(name, hint, error),
    'aria-invalid': error ? 'true' : undefined,
  };
}

export function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `hint-${name}` : '', error ? `error-${name}` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** A field's hint and its error message, each with the id the control's `aria-describedby` names. */
export function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
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

export function ErrorMessage({ name, error }: { name: string; error?: string }) {
  if (!error) return '';
  return (
    <span class="form-error-message" id={`error-${name}`}>
      <span class="sr-only">{t('validation.invalid')}: </span>
      <span safe>{error}</span>
    </span>
  );
}
