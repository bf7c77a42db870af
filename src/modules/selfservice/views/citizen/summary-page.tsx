import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { CsrfField } from '#platform/views/components.tsx';
import type { FormValues, PageDefinition } from '#modules/selfservice/forms/form-definition.ts';
import { visibleFields } from '#modules/selfservice/forms/form-validator.ts';
import type { DraftView } from '#modules/selfservice/selfservice.service.ts';
import { displayValue, localized } from '../form-fields.tsx';
import { StepIndicator } from '../step-indicator.tsx';
import { paths } from '../paths.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';

/** "Check your answers": every shown answer per step with a link to change it, then the send button. */
export function SummaryPage({
  draft,
  pages,
  values,
}: {
  draft: DraftView;
  pages: PageDefinition[];
  values: FormValues;
}) {
  return (
    <Page title={`${t('selfservice.summary.title')} – ${localized(draft.solution.name)}`}>
      <p class="h5 mb-2" safe>
        {localized(draft.solution.name)}
      </p>
      <StepIndicator draftId={draft.id} pages={pages} completed={draft.completedPages} current="summary" />
      <h1>{t('selfservice.summary.title')}</h1>
      <p class="font-lead">{t('selfservice.summary.lead')}</p>
      <>
        {pages.map((page) => (
          <section class="mb-6" aria-labelledby={`summary-${page.id}`}>
            <h2 class="h3" id={`summary-${page.id}`} safe>
              {localized(page.title)}
            </h2>
            <SummaryList
              caption={localized(page.title)}
              items={visibleFields(page, values).map((field) => ({
                label: localized(field.label),
                text: displayValue(field, values[field.name]) || t('selfservice.summary.empty'),
                edit: field.prefill
                  ? undefined
                  : {
                      href: `${paths.page(draft.id, page.id)}#field-${field.name}`,
                      label: t('selfservice.summary.change'),
                    },
              }))}
            />
          </section>
        ))}
      </>
      <p>{t('selfservice.summary.declaration')}</p>
      <form method="post" action={paths.submit(draft.id)}>
        <CsrfField />
        <button type="submit" class="button button-primary">
          {t('selfservice.summary.submit')}
        </button>{' '}
        <a class="button button-secondary" href={paths.page(draft.id, pages[pages.length - 1].id)}>
          {t('selfservice.form.back')}
        </a>
      </form>
    </Page>
  );
}
