import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors } from '#platform/views/components.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { RowAction, RowLink } from '#platform/views/row-action.tsx';
import type { Appointment } from '../../appointment.ts';
import { copenhagenDay } from '../../copenhagen-clock.ts';
import { frontdeskPaths } from '../paths.ts';
import { clock, dayLabel, statusText } from '../format.ts';

export interface OwnAppointment extends Appointment {
  serviceName: string;
  locationName: string;
}

/** "My appointments" on my page: each with its status, a link to the receipt, and cancel while it is ahead. */
export function MyAppointmentsPage({
  appointments,
  now,
  notice,
  errors = {},
}: {
  appointments: OwnAppointment[];
  now: Date;
  notice?: 'cancelled';
  errors?: FieldErrors;
}) {
  const when = (row: OwnAppointment) => `${dayLabel(copenhagenDay(row.startsAt))} ${clock(row.startsAt)}`;
  return (
    <Page title={t('frontdesk.mine.title')} backLink={{ href: '/my', label: 'common.back' }}>
      <h1>{t('frontdesk.mine.title')}</h1>
      {notice ? <Alert kind="success">{t(`frontdesk.mine.notice.${notice}`)}</Alert> : ''}
      <ErrorSummary errors={errors} />
      <p>
        <ButtonLink href={frontdeskPaths.bookService}>{t('frontdesk.book.title')}</ButtonLink>
      </p>
      <DataTable
        caption={t('frontdesk.mine.title')}
        captionHidden
        empty={t('frontdesk.mine.empty')}
        rows={appointments}
        columns={[
          { header: t('frontdesk.field.service'), rowHeader: true, text: (row) => row.serviceName },
          { header: t('frontdesk.field.when'), text: when },
          { header: t('frontdesk.field.location'), text: (row) => row.locationName },
          { header: t('frontdesk.field.status'), text: (row) => statusText(row.status) },
        ]}
        actions={(row) => (
          <>
            <RowLink href={frontdeskPaths.appointment(row.id)} label={t('frontdesk.mine.show')} subject={when(row)} />{' '}
            <RowAction
              action={frontdeskPaths.cancel(row.id)}
              label={t('frontdesk.mine.cancel')}
              subject={`${row.serviceName} ${when(row)}`}
              small
              inline
              when={row.status === 'booked' && row.startsAt > now}
            />
          </>
        )}
      />
    </Page>
  );
}
