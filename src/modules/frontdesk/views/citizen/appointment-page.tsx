import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import type { Appointment } from '../../appointment.ts';
import { copenhagenDay } from '../../copenhagen-clock.ts';
import { frontdeskPaths } from '../paths.ts';
import { clock, dayLabel, named, statusText } from '../format.ts';

/** The receipt: what was booked, what to bring, the calendar file. */
export function AppointmentPage({
  appointment,
  service,
  location,
  notice,
}: {
  appointment: Appointment;
  service: DeskService;
  location: DeskLocation;
  notice?: 'booked';
}) {
  return (
    <Page title={t('frontdesk.receipt.title')} backLink={{ href: frontdeskPaths.mine, label: 'common.back' }}>
      <h1>{t('frontdesk.receipt.title')}</h1>
      {notice ? (
        <Alert kind="success" heading={t('frontdesk.receipt.booked')}>
          {t('frontdesk.receipt.sent')}
        </Alert>
      ) : (
        ''
      )}
      <SummaryList
        caption={t('frontdesk.receipt.title')}
        items={[
          { label: t('frontdesk.field.service'), text: named(service) },
          { label: t('frontdesk.field.persons'), text: appointment.persons },
          { label: t('frontdesk.field.location'), text: `${named(location)}, ${location.address}` },
          { label: t('frontdesk.field.day'), text: dayLabel(copenhagenDay(appointment.startsAt)) },
          { label: t('frontdesk.field.time'), text: `${clock(appointment.startsAt)}–${clock(appointment.endsAt)}` },
          { label: t('frontdesk.field.bring'), text: named({ name: service.bring }) },
          { label: t('frontdesk.field.status'), text: statusText(appointment.status) },
        ]}
      />
      <p>
        <a href={frontdeskPaths.calendar(appointment.id)} download="aftale.ics">
          {t('frontdesk.receipt.calendar')}
        </a>
      </p>
    </Page>
  );
}
