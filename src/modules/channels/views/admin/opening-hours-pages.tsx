import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  fieldBinding,
  PostForm,
  SelectField,
  TextField,
} from '#platform/views/components.tsx';
import { channelCodes } from '../../channel-codes.ts';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';
import type { Place } from '../../opening-hours/opening-hours.service.ts';
import { type HoursForm, weekdays } from '../../opening-hours/opening-hours.ts';
import { dayLabel, hoursText } from '../../opening-hours/hours-text.ts';

type Closure = Place['closures'][number] & { place: string };

/** Administrators: every place's hours this week and the closures to come. */
export function OpeningHoursPage({ places, saved }: { places: Place[]; saved?: string }) {
  const days = places[0]?.days.map((day) => day.day) ?? [];
  const columns: Array<Column<Place>> = [
    { header: t('channels.hours.place'), rowHeader: true, text: (place) => place.name[currentLocale()] },
    { header: t('channels.hours.channel'), text: (place) => channelName(place.channel) },
    ...days.map((day, index) => ({ header: dayLabel(day), text: (place: Place) => hoursText(place.days[index]) })),
  ];
  const closures: Closure[] = places.flatMap((place) =>
    place.closures.map((closure) => ({ ...closure, place: place.name[currentLocale()] })),
  );
  const closureColumns: Array<Column<Closure>> = [
    { header: t('channels.hours.place'), rowHeader: true, text: (closure) => closure.place },
    { header: t('channels.hours.from'), text: (closure) => formatDay(closure.from) },
    { header: t('channels.hours.to'), text: (closure) => formatDay(closure.to) },
    { header: t('channels.hours.reason'), text: (closure) => closure.reason[currentLocale()] },
  ];
  return (
    <LeadPage title={t('channels.hours.title')} lead={t('channels.hours.lead')} back="/staff">
      {saved ? (
        <Alert kind="success">{t(`channels.hours.saved.${saved === 'closure' ? 'closure' : 'version'}`)}</Alert>
      ) : (
        ''
      )}
      <p>
        <ButtonLink href={channelsPaths.newOpeningHours} kind="primary">
          {t('channels.hours.new')}
        </ButtonLink>{' '}
        {places.length ? (
          <ButtonLink href={channelsPaths.newClosure} kind="secondary">
            {t('channels.hours.newClosure')}
          </ButtonLink>
        ) : (
          ''
        )}
      </p>
      <h2>{t('channels.hours.week')}</h2>
      <DataTable
        caption={t('channels.hours.week')}
        captionHidden
        rows={places}
        columns={columns}
        empty={t('channels.hours.none')}
      />
      <h2>{t('channels.hours.closures')}</h2>
      <DataTable
        caption={t('channels.hours.closures')}
        captionHidden
        rows={closures}
        columns={closureColumns}
        empty={t('channels.hours.noClosures')}
      />
    </LeadPage>
  );
}

/** A new version of a place's weekly hours (or a new place): several slots a day, from a valid-from day. */
export function OpeningHoursFormPage({ form, errors = {} }: { form: HoursForm; errors?: FieldErrors }) {
  const field = fieldBinding(form, errors);
  const channels = channelCodes.map((value) => ({ value, label: channelName(value) }));
  return (
    <LeadPage title={t('channels.hours.new')} lead={t('channels.hours.newLead')} back={channelsPaths.openingHours}>
      <ErrorSummary errors={errors} />
      <PostForm action={channelsPaths.openingHours} submit={t('channels.hours.save')}>
        <TextField
          {...field('placeCode')}
          label={t('channels.hours.placeCode')}
          hint={t('channels.hours.placeCodeHint')}
        />
        <TextField {...field('nameDa')} label={t('channels.hours.nameDa')} />
        <TextField {...field('nameEn')} label={t('channels.hours.nameEn')} />
        <SelectField {...field('channel')} label={t('channels.hours.channel')} options={channels} />
        <TextField
          {...field('validFrom')}
          type="date"
          label={t('channels.hours.validFrom')}
          hint={t('channels.hours.validFromHint')}
        />
        <>
          {weekdays.map((weekday) => (
            <TextField
              {...field(`day${weekday}`)}
              label={t(`channels.hours.weekday.${weekday}`)}
              hint={weekday === 1 ? t('channels.hours.slotsHint') : undefined}
            />
          ))}
        </>
      </PostForm>
    </LeadPage>
  );
}

/** A closure of a place: from, to and the reason the public pages show. */
export function ClosureFormPage({
  form,
  places,
  errors = {},
}: {
  form: HoursForm;
  places: Place[];
  errors?: FieldErrors;
}) {
  const field = fieldBinding(form, errors);
  const options = places.map((place) => ({ value: place.placeCode, label: place.name[currentLocale()] }));
  return (
    <LeadPage
      title={t('channels.hours.newClosure')}
      lead={t('channels.hours.closureLead')}
      back={channelsPaths.openingHours}
    >
      <ErrorSummary errors={errors} />
      <PostForm action={channelsPaths.closures} submit={t('channels.hours.saveClosure')}>
        <SelectField {...field('placeCode')} label={t('channels.hours.place')} options={options} />
        <TextField {...field('from')} type="date" label={t('channels.hours.from')} />
        <TextField {...field('to')} type="date" label={t('channels.hours.to')} />
        <TextField {...field('reasonDa')} label={t('channels.hours.reasonDa')} />
        <TextField {...field('reasonEn')} label={t('channels.hours.reasonEn')} />
      </PostForm>
    </LeadPage>
  );
}
