import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors, RadioGroup } from '#platform/views/components.tsx';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import { frontdeskPaths } from '../paths.ts';
import { named } from '../format.ts';
import { Carried, choiceQuery } from './booking-query.tsx';

/** Step 2: where. When the service's purpose has a self-service solution, it is offered first. */
export function LocationStep({
  service,
  persons,
  locations,
  selfservice,
  errors = {},
}: {
  service: DeskService;
  persons: number;
  locations: DeskLocation[];
  selfservice: string | null;
  errors?: FieldErrors;
}) {
  const back = `${frontdeskPaths.bookService}?${choiceQuery({ service: service.code, persons })}`;
  return (
    <Page title={t('frontdesk.book.locationTitle')} backLink={{ href: back, label: 'common.back' }}>
      <h1>{t('frontdesk.book.locationTitle')}</h1>
      <p class="font-lead">{t('frontdesk.book.chosen', { service: named(service), persons })}</p>
      {selfservice ? (
        <Alert kind="info" heading={t('frontdesk.book.selfserviceHeading')}>
          <p>
            <span safe>{t('frontdesk.book.selfserviceText')}</span>{' '}
            <a href={selfservice} safe>
              {t('frontdesk.book.selfserviceLink', { service: named(service) })}
            </a>
          </p>
        </Alert>
      ) : (
        ''
      )}
      <ErrorSummary errors={errors} />
      <form method="get" action={frontdeskPaths.bookTime}>
        <Carried choice={{ service: service.code, persons }} />
        <RadioGroup
          name="location"
          legend={t('frontdesk.book.location')}
          error={errors.location}
          value={locations.length === 1 ? locations[0].code : undefined}
          options={locations.map((location) => ({
            value: location.code,
            label: `${named(location)}, ${location.address}`,
          }))}
        />
        <button type="submit" class="button button-primary">
          {t('frontdesk.book.next')}
        </button>
      </form>
    </Page>
  );
}
