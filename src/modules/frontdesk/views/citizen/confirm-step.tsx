import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { ErrorSummary, type FieldErrors, PostForm } from '#platform/views/components.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import { copenhagenDay } from '../../copenhagen-clock.ts';
import { slotValue } from '../../slot-value.ts';
import { visitMinutes } from '../../slots.ts';
import { frontdeskPaths } from '../paths.ts';
import { clock, dayLabel, named } from '../format.ts';
import { choiceQuery } from './booking-query.tsx';
import type { Hold } from '../../hold.ts';

/** Step 4: the booking as it will be made, and the button that makes it. */
export function ConfirmStep({
  service,
  location,
  hold,
  errors = {},
}: {
  service: DeskService;
  location: DeskLocation;
  hold: Hold;
  errors?: FieldErrors;
}) {
  const { persons, startsAt } = hold;
  const choice = { service: service.code, persons, location: location.code, slot: slotValue(startsAt) };
  const back = `${frontdeskPaths.bookTime}?${choiceQuery({ ...choice, slot: undefined })}`;
  return (
    <Page title={t('frontdesk.book.confirmTitle')} backLink={{ href: back, label: 'common.back' }}>
      <h1>{t('frontdesk.book.confirmTitle')}</h1>
      <ErrorSummary errors={errors} />
      <SummaryList
        caption={t('frontdesk.book.confirmTitle')}
        items={[
          { label: t('frontdesk.field.service'), text: named(service) },
          { label: t('frontdesk.field.persons'), text: persons },
          { label: t('frontdesk.field.location'), text: `${named(location)}, ${location.address}` },
          { label: t('frontdesk.field.day'), text: dayLabel(copenhagenDay(startsAt)) },
          { label: t('frontdesk.field.time'), text: clock(startsAt) },
          {
            label: t('frontdesk.field.duration'),
            text: t('frontdesk.minutes', { minutes: visitMinutes(service, persons) }),
          },
          { label: t('frontdesk.field.bring'), text: service.bring.da && named({ name: service.bring }) },
        ]}
      />
      <p>{t('frontdesk.book.heldUntil', { time: clock(hold.expiresAt) })}</p>
      <p>{t('frontdesk.book.receiptNote')}</p>
      <PostForm action={frontdeskPaths.bookConfirm} submit={t('frontdesk.book.confirm')}>
        <input type="hidden" name="hold" value={hold.id} />
      </PostForm>
    </Page>
  );
}
