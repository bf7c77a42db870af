import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { Chart } from '#platform/views/chart.tsx';
import { ErrorSummary, FilterForm, type FieldErrors, TextField } from '#platform/views/components.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import type { FiguresReport } from '../../figures.service.ts';
import { channelsPaths } from '../paths.ts';
import { figuresChart } from './figures-chart.ts';
import { ChannelTable, PurposeTable } from './figures-tables.tsx';

/** Managers: the channel mix per purpose against the target, and the cost at unit prices; chart, tables, CSV. */
export function FiguresPage({
  period,
  report,
  errors = {},
}: {
  period: { from: string; to: string };
  report?: FiguresReport;
  errors?: FieldErrors;
}) {
  const query = new URLSearchParams(period).toString();
  return (
    <LeadPage title={t('channels.figures.title')} lead={t('channels.figures.lead')} back="/staff">
      <ErrorSummary errors={errors} />
      <FilterForm
        action={channelsPaths.figures}
        submit={t('channels.figures.show')}
        fields={(['from', 'to'] as const).map((name) => (
          <TextField
            name={name}
            type="date"
            value={period[name]}
            error={errors[name]}
            label={t(`channels.figures.${name}`)}
          />
        ))}
        extra={
          report ? (
            <ButtonLink href={`${channelsPaths.figuresCsv}?${query}`}>{t('channels.figures.csv')}</ButtonLink>
          ) : undefined
        }
      />
      {report ? (
        <>
          <Chart data={figuresChart(report)} />
          <PurposeTable report={report} />
          <ChannelTable report={report} />
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('channels.figures.method')}</h2>
      <p>{t('channels.figures.methodText')}</p>
    </LeadPage>
  );
}
