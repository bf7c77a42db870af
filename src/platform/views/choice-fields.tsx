import { HintAndError, ErrorMessage } from './field-parts.tsx';

// Checkboxes and radio buttons, alone or in groups under a legend.

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
