import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { CsrfField, ErrorSummary } from '#platform/views/components.tsx';
import type { FormValues, PageDefinition } from '#modules/selfservice/forms/form-definition.ts';
import { visibleSections } from '#modules/selfservice/forms/form-validator.ts';
import type { DraftView } from '#modules/selfservice/selfservice.service.ts';
import { FormField, localized } from '../form-fields.tsx';
import { StepIndicator } from '../step-indicator.tsx';
import { paths } from '../paths.ts';

export interface FormPageProps {
  draft: DraftView;
  page: PageDefinition;
  pages: PageDefinition[];
  /** answers shown in the fields: the draft's, with prefilled values from the login */
  values: FormValues;
  errors?: Record<string, string>;
  raw?: Record<string, string | string[]>;
}

/** One step of a solution's form: step indicator, error summary, sections and fields, next/back/save buttons. */
export function FormPage({ draft, page, pages, values, errors = {}, raw = {} }: FormPageProps) {
  const sections = visibleSections(page, draft.answers);
  const hasFiles = sections.some((section) => section.fields.some((field) => field.type === 'file'));
  const solutionName = localized(draft.solution.name);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Page title={`${hasErrors ? `${t('error.summary')}: ` : ''}${localized(page.title)} – ${solutionName}`}>
      <p class="h5 mb-2" safe>
        {solutionName}
      </p>
      <StepIndicator draftId={draft.id} pages={pages} completed={draft.completedPages} current={page.id} />
      <h1 safe>{localized(page.title)}</h1>
      {page.description ? (
        <p class="font-lead" safe>
          {localized(page.description)}
        </p>
      ) : (
        ''
      )}
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={paths.page(draft.id, page.id)}
        enctype={hasFiles ? 'multipart/form-data' : undefined}
        novalidate
      >
        <CsrfField />
        {sections.map((section) => (
          <section aria-labelledby={section.title ? `section-${section.id}` : undefined} class="mb-6">
            {section.title ? (
              <h2 class="h3" id={`section-${section.id}`} safe>
                {localized(section.title)}
              </h2>
            ) : (
              ''
            )}
            {section.description ? <p safe>{localized(section.description)}</p> : ''}
            {section.fields.map((field) => (
              <FormField field={field} value={values[field.name]} raw={raw[field.name]} error={errors[field.name]} />
            ))}
          </section>
        ))}
        <div class="mt-6">
          <button type="submit" name="_action" value="next" class="button button-primary">
            {t('selfservice.form.next')}
          </button>{' '}
          <button type="submit" name="_action" value="back" class="button button-secondary">
            {t('selfservice.form.back')}
          </button>{' '}
          <button type="submit" name="_action" value="save" class="button button-tertiary">
            {t('selfservice.form.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
