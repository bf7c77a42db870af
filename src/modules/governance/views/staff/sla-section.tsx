import { t } from '#platform/i18n/i18n.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { MonthCompliance } from '../../sla-compliance.ts';
import type { Sla } from '../../sla.service.ts';
import { basisPoints, codeText, formatMonth, RatingBadge } from '../format.tsx';

/** The SLA's terms and last month measured against them. */
export function SlaSection({ sla, lastMonth }: { sla?: Sla; lastMonth?: MonthCompliance }) {
  return (
    <>
      <h2 safe>{t('governance.sla.heading')}</h2>
      {sla ? (
        <SummaryList
          caption={t('governance.sla.heading')}
          items={[
            { label: t('governance.sla.target'), text: basisPoints(sla.availabilityTarget) },
            { label: t('governance.sla.supportHours'), text: sla.supportHours },
            {
              label: t('governance.sla.response'),
              text: t('governance.sla.minutes', { minutes: sla.responseMinutes }),
            },
            { label: t('governance.sla.sourcing'), text: codeText('sourcing', sla.sourcing) },
            sla.reasoning ? { label: t('governance.sla.reasoning'), text: sla.reasoning } : null,
          ]}
        />
      ) : (
        <p safe>{t('governance.sla.none')}</p>
      )}
      {lastMonth ? <MonthMeasure measure={lastMonth} /> : ''}
    </>
  );
}

function MonthMeasure({ measure }: { measure: MonthCompliance }) {
  return (
    <>
      <h3 safe>{t('governance.sla.lastMonth', { month: formatMonth(measure.month) })}</h3>
      <SummaryList
        caption={t('governance.sla.lastMonth', { month: formatMonth(measure.month) })}
        items={[
          { label: t('governance.sla.rating'), value: <RatingBadge rating={measure.rating} /> },
          { label: t('governance.sla.availability'), text: basisPoints(measure.availability) },
          {
            label: t('governance.sla.downtime'),
            text: t('governance.sla.minutes', { minutes: measure.downtimeMinutes }),
          },
          {
            label: t('governance.sla.inTime'),
            text: t('governance.sla.inTimeOf', { inTime: measure.respondedInTime, incidents: measure.incidents }),
          },
        ]}
      />
    </>
  );
}
