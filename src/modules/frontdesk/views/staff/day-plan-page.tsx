import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import type { DeskLocation, DeskService } from '../../catalogue.ts';
import type { PlannedVisit } from '../../desk.service.ts';
import { frontdeskPaths } from '../paths.ts';
import { clock, dayLabel, named, statusText } from '../format.ts';
import { LocationPicker } from './location-picker.tsx';

const marks = ['arrived', 'served', 'no-show'] as const;
const markable: Record<(typeof marks)[number], string[]> = {
  arrived: ['booked'],
  served: ['booked', 'arrived'],
  'no-show': ['booked'],
};

/** The desk's day: every appointment at the location with the citizen's name, and what to mark. */
export function DayPlanPage({
  locations,
  location,
  day,
  visits,
  services,
  notice,
}: {
  locations: DeskLocation[];
  location?: DeskLocation;
  day: string;
  visits: PlannedVisit[];
  services: DeskService[];
  notice?: string;
}) {
  const serviceName = (code: string) => named(services.find((service) => service.code === code)!);
  return (
    <Page title={t('frontdesk.dayPlan.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('frontdesk.dayPlan.title')}</h1>
      {notice ? <Alert kind="success">{t(`frontdesk.dayPlan.notice.${notice}`)}</Alert> : ''}
      {location ? (
        <>
          <LocationPicker action={frontdeskPaths.dayPlan} locations={locations} location={location.code} day={day} />
          <TableSection
            heading={t('frontdesk.dayPlan.heading', { location: named(location), day: dayLabel(day) })}
            empty={t('frontdesk.dayPlan.empty')}
            rows={visits}
            columns={[
              { header: t('frontdesk.field.time'), rowHeader: true, text: (row) => clock(row.startsAt) },
              { header: t('frontdesk.field.citizen'), text: (row) => row.citizenName },
              { header: t('frontdesk.field.service'), text: (row) => serviceName(row.serviceCode) },
              { header: t('frontdesk.field.persons'), numeric: true, text: (row) => row.persons },
              { header: t('frontdesk.field.status'), text: (row) => statusText(row.status) },
            ]}
            actions={(row) => (
              <>
                {marks.map((mark) => (
                  <RowAction
                    action={frontdeskPaths.mark(row.id)}
                    label={t(`frontdesk.mark.${mark}`)}
                    subject={`${clock(row.startsAt)} ${row.citizenName}`}
                    fields={{ mark, day }}
                    small
                    inline
                    when={markable[mark].includes(row.status)}
                  />
                ))}
              </>
            )}
          />
        </>
      ) : (
        <p>{t('frontdesk.dayPlan.noDesk')}</p>
      )}
    </Page>
  );
}
