import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { ErrorSummary, type FieldErrors, RadioGroup, SelectField } from '#platform/views/components.tsx';
import type { DeskService } from '../../catalogue.ts';
import { frontdeskPaths } from '../paths.ts';
import { named } from '../format.ts';

/** Step 1: which service, for how many persons. A GET form, so the steps work without JavaScript. */
export function ServiceStep({
  services,
  service,
  persons,
  errors = {},
}: {
  services: DeskService[];
  service?: string;
  persons?: number;
  errors?: FieldErrors;
}) {
  const most = Math.max(1, ...services.map((candidate) => candidate.maxPersons));
  const counts = Array.from({ length: most }, (_, index) => String(index + 1));
  return (
    <Page title={t('frontdesk.book.title')} backLink={{ href: '/my', label: 'common.back' }}>
      <h1>{t('frontdesk.book.title')}</h1>
      <p class="font-lead">{t('frontdesk.book.lead')}</p>
      <ErrorSummary errors={errors} />
      <form method="get" action={frontdeskPaths.bookLocation}>
        <RadioGroup
          name="service"
          legend={t('frontdesk.book.service')}
          error={errors.service}
          value={service}
          options={services.map((candidate) => ({ value: candidate.code, label: named(candidate) }))}
        />
        <SelectField
          name="persons"
          label={t('frontdesk.book.persons')}
          hint={t('frontdesk.book.personsHint')}
          error={errors.persons}
          value={String(persons ?? 1)}
          options={counts.map((count) => ({ value: count, label: count }))}
        />
        <button type="submit" class="button button-primary">
          {t('frontdesk.book.next')}
        </button>
      </form>
    </Page>
  );
}
