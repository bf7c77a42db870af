import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { Chart } from '#platform/views/chart.tsx';
import type { FieldErrors } from '#platform/views/components.tsx';
import { PeriodFilter } from '#platform/views/period-filter.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import type { FiguresReport } from '../../figures.service.ts';
import { channelsPaths } from '../paths.ts';
import { figuresChart } from './figures-chart.ts';
import { ChannelTable, PurposeTable } from './figures-tables.tsx';
import type { FollowUpReport } from '../../follow-up/follow-up.service.ts';
import { BaselineSection, baselineFields } from './baseline-section.tsx';

/** Managers: the channel mix per purpose against the target, and the cost at unit prices; chart, tables, CSV. */
export function FiguresPage({
  period,
  report,
  followUp,
  errors = {},
}: {
  period: { from: string; to: string; baselineFrom?: string; baselineTo?: string };
  report?: FiguresReport;
  followUp?: FollowUpReport;
  errors?: FieldErrors;
}) {
  const csv = report
    ? `${channelsPaths.figuresCsv}?${new URLSearchParams({ from: period.from, to: period.to })}`
    : undefined;
  return (
    <LeadPage title={t('channels.figures.title')} lead={t('channels.figures.lead')} back="/staff">
      <PeriodFilter
        texts="channels.figures"
        action={channelsPaths.figures}
        values={period}
        errors={errors}
        csv={csv}
        more={baselineFields(period, errors)}
      />
      {report ? (
        <>
          <Chart data={figuresChart(report)} />
          <PurposeTable report={report} />
          <ChannelTable report={report} />
          {followUp ? <BaselineSection report={report} followUp={followUp} /> : ''}
          <h2>{t('channels.komhen.heading')}</h2>
          <p>{t('channels.komhen.text')}</p>
          <p>
            <ButtonLink
              href={`${channelsPaths.komhenCsv}?${new URLSearchParams({ from: period.from, to: period.to })}`}
            >
              {t('channels.komhen.csv')}
            </ButtonLink>
          </p>
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('channels.figures.method')}</h2>
      <p>{t('channels.figures.methodText')}</p>
    </LeadPage>
  );
}
