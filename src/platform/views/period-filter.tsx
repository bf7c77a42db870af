import { t } from '../i18n/i18n.ts';
import { ButtonLink } from './button-link.tsx';
import { ErrorSummary, type FieldErrors, FilterForm, fieldBinding } from './form.tsx';
import { TextField } from './text-fields.tsx';

/**
 * The filter of a report page: its error summary, the dates from and to, any `more` fields, and the CSV link once
 * there is a report (`csv`). Its texts are the keys `<texts>.from`, `.to`, `.show` and `.csv`.
 */
export function PeriodFilter({
  action,
  texts,
  values,
  errors,
  more = [],
  csv,
}: {
  action: string;
  texts: string;
  values: { from: string; to: string };
  errors: FieldErrors;
  more?: JSX.Element[];
  csv?: string;
}) {
  const field = fieldBinding(values, errors);
  const dates = (['from', 'to'] as const).map((name) => (
    <TextField {...field(name)} type="date" label={t(`${texts}.${name}`)} />
  ));
  return (
    <>
      <ErrorSummary errors={errors} />
      <FilterForm
        action={action}
        submit={t(`${texts}.show`)}
        fields={[...dates, ...more]}
        extra={csv ? <ButtonLink href={csv}>{t(`${texts}.csv`)}</ButtonLink> : undefined}
      />
    </>
  );
}
