import { type FieldProps, FieldFrame, describedBy } from './field-parts.tsx';

// Fields the user types in or picks one value from: text, text area, select and file.

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
