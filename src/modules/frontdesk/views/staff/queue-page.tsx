import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors, PostForm, SelectField } from '#platform/views/components.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import type { Ticket } from '../../ticket.ts';
import { frontdeskPaths } from '../paths.ts';
import { clock, named } from '../format.ts';
import { LocationPicker } from './location-picker.tsx';

export interface QueueView {
  locations: DeskLocation[];
  location?: DeskLocation;
  services: DeskService[];
  tickets: Ticket[];
  expectedWait: number;
  counter: number;
  notice?: string;
  errors?: FieldErrors;
}

const counterOptions = (location: DeskLocation) =>
  Array.from({ length: location.counters }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));

/** The counter page: call the next ticket to my counter, finish, take a ticket for a caller; who waits. */
export function QueuePage(view: QueueView) {
  const { location, services, tickets, errors = {} } = view;
  const serviceName = (code: string) => named(services.find((service) => service.code === code)!);
  const waiting = tickets.filter((ticket) => ticket.status === 'waiting');
  return (
    <Page title={t('frontdesk.queue.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('frontdesk.queue.title')}</h1>
      {view.notice ? <Alert kind="success">{view.notice}</Alert> : ''}
      <ErrorSummary errors={errors} />
      {location ? (
        <>
          <LocationPicker action={frontdeskPaths.queue} locations={view.locations} location={location.code} />
          <p class="font-lead">{t('frontdesk.queue.waiting', { count: waiting.length, minutes: view.expectedWait })}</p>
          <h2>{t('frontdesk.queue.callHeading')}</h2>
          <PostForm action={frontdeskPaths.call} submit={t('frontdesk.queue.callNext')}>
            <input type="hidden" name="location" value={location.code} />
            <SelectField
              name="counter"
              label={t('frontdesk.field.counter')}
              value={String(view.counter)}
              error={errors.counter}
              options={counterOptions(location)}
            />
          </PostForm>
          <PostForm action={frontdeskPaths.done} submit={t('frontdesk.queue.done')} kind="secondary">
            <input type="hidden" name="location" value={location.code} />
            <input type="hidden" name="counter" value={String(view.counter)} />
          </PostForm>
          <h2>{t('frontdesk.queue.ticketHeading')}</h2>
          <PostForm action={frontdeskPaths.deskTicket} submit={t('frontdesk.kiosk.take')} kind="secondary">
            <input type="hidden" name="location" value={location.code} />
            <SelectField
              name="service"
              label={t('frontdesk.field.service')}
              error={errors.service}
              options={services.map((service) => ({ value: service.code, label: named(service) }))}
            />
          </PostForm>
          <TableSection
            heading={t('frontdesk.queue.ticketsHeading')}
            empty={t('frontdesk.queue.empty')}
            rows={tickets}
            columns={[
              { header: t('frontdesk.field.number'), rowHeader: true, numeric: true, text: (row) => row.number },
              { header: t('frontdesk.field.service'), text: (row) => serviceName(row.serviceCode) },
              { header: t('frontdesk.field.taken'), text: (row) => clock(row.takenAt) },
              { header: t('frontdesk.field.status'), text: (row) => t(`frontdesk.ticket.${row.status}`) },
              { header: t('frontdesk.field.counter'), numeric: true, text: (row) => row.counter ?? '' },
            ]}
          />
        </>
      ) : (
        <p>{t('frontdesk.dayPlan.noDesk')}</p>
      )}
    </Page>
  );
}
