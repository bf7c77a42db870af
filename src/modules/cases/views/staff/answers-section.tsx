import { t } from '#platform/i18n/i18n.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { CaseDetail } from '#modules/cases/cases.types.ts';
import { localized } from '../case-format.tsx';

/** What the applicant answered in the self-service form, page by page, as they saw it, with the form's version. */
export function AnswersSection({ detail }: { detail: CaseDetail }) {
  const form = detail.submittedForm;
  if (!form) return '';
  return (
    <section aria-labelledby="answers-heading" id="answers">
      <h2 id="answers-heading">{t('cases.answers.title')}</h2>
      <p class="form-hint">{t('cases.answers.version', { version: form.formVersion })}</p>
      {form.pages.map((page, index) => (
        <>
          <h3 class="h5" id={`answers-${index}`} safe>
            {localized(page.title)}
          </h3>
          <SummaryList
            caption={localized(page.title)}
            items={page.answers.map((answer) => ({
              label: localized(answer.label),
              text: localized(answer.value) || t('cases.answers.empty'),
            }))}
          />
        </>
      ))}
    </section>
  );
}
