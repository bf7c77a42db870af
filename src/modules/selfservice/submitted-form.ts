import { withLocale } from '#platform/i18n/i18n.ts';
import type { SubmittedForm } from '#platform/contracts.ts';
import type { FormValues } from './forms/form-definition.ts';
import { visibleFields, visiblePages } from './forms/form-validator.ts';
import type { Solution } from './catalogue/solution.ts';
import { displayValue } from './views/form-fields.tsx';

/**
 * The answers as the applicant saw them on "check your answers" (shown pages and fields only, prefilled facts
 * included), in Danish and English, for the caseworker's case page.
 */
export function submittedForm(solution: Solution, values: FormValues): SubmittedForm {
  const both = (render: () => string) => ({ da: withLocale('da', render), en: withLocale('en', render) });
  return {
    formVersion: solution.formVersion,
    pages: visiblePages(solution.form, values).map((page) => ({
      title: page.title,
      answers: visibleFields(page, values).map((field) => ({
        label: field.label,
        value: both(() => displayValue(field, values[field.name])),
      })),
    })),
  };
}
