import { type FieldProps, FieldFrame, controlAttributes } from './field-parts.tsx';

// Fields the user types in or picks one value from: text, text area, select and file.

export function TextField(
  props: FieldProps & { value?: string; type?: string; autocomplete?: string; inputmode?: string; classes?: string },
) {
  const { value, type = 'text', autocomplete, inputmode, classes } = props;
  return (
    <FieldFrame {...props}>
      <input
        class={`form-input ${classes ?? ''}`.trim()}
        type={type}
        {...controlAttributes(props)}
        value={value ?? ''}
        autocomplete={autocomplete}
        inputmode={inputmode}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string; rows?: number }) {
  const { value, rows = 6 } = props;
  return (
    <FieldFrame {...props}>
      <textarea class="form-input" {...controlAttributes(props)} rows={String(rows)} safe>
        {value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { value?: string; options: Array<{ value: string; label: string }> }) {
  const { value, options } = props;
  return (
    <FieldFrame {...props}>
      <select class="form-select" {...controlAttributes(props)}>
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
  const { accept, multiple } = props;
  return (
    <FieldFrame {...props}>
      <input class="form-file-input" type="file" {...controlAttributes(props)} accept={accept} multiple={multiple} />
    </FieldFrame>
  );
}
