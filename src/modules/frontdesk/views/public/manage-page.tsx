import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors, PostForm, RadioGroup } from '#platform/views/components.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { Appointment } from '../../appointment.ts';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import { copenhagenDay } from '../../copenhagen-clock.ts';
import { slotValue } from '../../slot-value.ts';
import type { Slot } from '../../slots.ts';
import { frontdeskPaths } from '../paths.ts';
import { clock, dayLabel, named, statusText } from '../format.ts';

/**
 * The appointment behind a receipt's signed link (no login): what is booked, the free times to move it to, and
 * cancel. Once it is cancelled, begun or over, only what happened.
 */
export function ManagePage({
  token,
  appointment,
  service,
  location,
  days,
  open,
  notice,
  errors = {},
}: {
  token: string;
  appointment: Appointment;
  service: DeskService;
  location: DeskLocation;
  days: Array<{ day: string; slots: Slot[] }>;
  /** booked and ahead: it may still be moved or cancelled */
  open: boolean;
  notice?: 'moved' | 'cancelled';
  errors?: FieldErrors;
}) {
  return (
    <Page title={t('frontdesk.manage.title')}>
      <h1>{t('frontdesk.manage.title')}</h1>
      {notice ? <Alert kind="success" heading={t(`frontdesk.manage.${notice}`)} /> : ''}
      <ErrorSummary errors={errors} />
      <SummaryList
        caption={t('frontdesk.manage.title')}
        items={[
          { label: t('frontdesk.field.service'), text: named(service) },
          { label: t('frontdesk.field.persons'), text: appointment.persons },
          { label: t('frontdesk.field.location'), text: `${named(location)}, ${location.address}` },
          { label: t('frontdesk.field.day'), text: dayLabel(copenhagenDay(appointment.startsAt)) },
          { label: t('frontdesk.field.time'), text: `${clock(appointment.startsAt)}–${clock(appointment.endsAt)}` },
          { label: t('frontdesk.field.status'), text: statusText(appointment.status) },
        ]}
      />
      {open ? (
        <>
          <h2>{t('frontdesk.manage.moveHeading')}</h2>
          {days.length === 0 ? (
            <p>{t('frontdesk.book.noSlots')}</p>
          ) : (
            <PostForm action={frontdeskPaths.manageMove(token)} submit={t('frontdesk.manage.move')}>
              {days.map(({ day, slots }, index) => (
                <RadioGroup
                  name="slot"
                  legend={dayLabel(day)}
                  error={index === 0 ? errors.slot : undefined}
                  options={slots.map((slot) => ({ value: slotValue(slot.startsAt), label: clock(slot.startsAt) }))}
                />
              ))}
            </PostForm>
          )}
          <h2>{t('frontdesk.manage.cancelHeading')}</h2>
          <p>{t('frontdesk.manage.cancelText')}</p>
          <PostForm
            action={frontdeskPaths.manageCancel(token)}
            submit={t('frontdesk.manage.cancel')}
            kind="secondary"
          />
        </>
      ) : (
        ''
      )}
    </Page>
  );
}
