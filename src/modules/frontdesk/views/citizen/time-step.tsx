import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { ErrorSummary, type FieldErrors, PostForm, RadioGroup } from '#platform/views/components.tsx';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import type { Slot } from '../../slots.ts';
import { slotValue } from '../../slot-value.ts';
import { holdMinutes } from '../../hold.ts';
import { frontdeskPaths } from '../paths.ts';
import { clock, dayLabel, named } from '../format.ts';
import { Carried, choiceQuery } from './booking-query.tsx';

/** How many days with free slots the page lists (the rest by "later days"). */
export const daysShown = 7;

/** Step 3: a free day and time, a group of times under each day. */
export function TimeStep({
  service,
  persons,
  location,
  days,
  from,
  later,
  errors = {},
}: {
  service: DeskService;
  persons: number;
  location: DeskLocation;
  days: Array<{ day: string; slots: Slot[] }>;
  /** the first day shown (paging through the booking window) */
  from?: string;
  /** the first day of the next page, when there are more free days */
  later?: string;
  errors?: FieldErrors;
}) {
  const choice = { service: service.code, persons, location: location.code };
  const back = `${frontdeskPaths.bookLocation}?${choiceQuery(choice)}`;
  return (
    <Page title={t('frontdesk.book.timeTitle')} backLink={{ href: back, label: 'common.back' }}>
      <h1>{t('frontdesk.book.timeTitle')}</h1>
      <p class="font-lead">
        {t('frontdesk.book.chosenAt', { service: named(service), persons, location: named(location) })}
      </p>
      <ErrorSummary errors={errors} />
      {days.length === 0 ? (
        <p>{t('frontdesk.book.noSlots')}</p>
      ) : (
        <PostForm action={frontdeskPaths.bookHold} submit={t('frontdesk.book.next')}>
          <p>{t('frontdesk.book.holdNote', { minutes: holdMinutes })}</p>
          <Carried choice={choice} />
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
      {later ? (
        <p>
          <a href={`${frontdeskPaths.bookTime}?${choiceQuery(choice)}&from=${later}`}>{t('frontdesk.book.later')}</a>
        </p>
      ) : (
        ''
      )}
      {from ? (
        <p>
          <a href={`${frontdeskPaths.bookTime}?${choiceQuery(choice)}`}>{t('frontdesk.book.earliest')}</a>
        </p>
      ) : (
        ''
      )}
    </Page>
  );
}
