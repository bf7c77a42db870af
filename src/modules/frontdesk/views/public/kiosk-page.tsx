import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors, PostForm, RadioGroup } from '#platform/views/components.tsx';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import type { Ticket } from '../../ticket.ts';
import { frontdeskPaths } from '../paths.ts';
import { named } from '../format.ts';

/** The tablet at the entrance: pick a service, get a number with the expected wait (printable). */
export function KioskPage({
  location,
  services,
  expectedWait,
  ticket,
  errors = {},
}: {
  location: DeskLocation;
  services: DeskService[];
  expectedWait: number;
  ticket?: Ticket;
  errors?: FieldErrors;
}) {
  return (
    <Page title={t('frontdesk.kiosk.title', { location: named(location) })}>
      <h1>{t('frontdesk.kiosk.title', { location: named(location) })}</h1>
      {ticket ? (
        <Alert kind="success" heading={t('frontdesk.kiosk.yourNumber', { number: ticket.number })}>
          {t('frontdesk.kiosk.expected', { minutes: expectedWait })}
        </Alert>
      ) : (
        <p class="font-lead">{t('frontdesk.kiosk.expected', { minutes: expectedWait })}</p>
      )}
      <ErrorSummary errors={errors} />
      <PostForm action={frontdeskPaths.kioskTicket} submit={t('frontdesk.kiosk.take')}>
        <input type="hidden" name="location" value={location.code} />
        <RadioGroup
          name="service"
          legend={t('frontdesk.kiosk.service')}
          error={errors.service}
          options={services.map((service) => ({ value: service.code, label: named(service) }))}
        />
      </PostForm>
    </Page>
  );
}
