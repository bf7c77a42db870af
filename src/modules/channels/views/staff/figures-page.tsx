import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Chart } from '#platform/views/chart.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { ErrorSummary, FilterForm, type FieldErrors, TextField } from '#platform/views/components.tsx';
import type { FiguresReport } from '../../figures.service.ts';
import { channelName, formatCount, formatKroner, formatPercent } from '../format.ts';
import { channelsPaths } from '../paths.ts';
import { figuresChart, purposeLabel } from './figures-chart.ts';

type Row = FiguresReport['purposes'][number];
const desiredOf = (row: Row) => row.channels.find((channel) => channel.channel === row.desiredChannel);

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
  const details = report?.purposes.flatMap((row) => row.channels.map((channel) => ({ row, channel }))) ?? [];
  return (
    <Page title={t('channels.figures.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('channels.figures.title')}</h1>
      <p class="font-lead">{t('channels.figures.lead')}</p>
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
            <a class="button button-secondary" href={`${channelsPaths.figuresCsv}?${query}`}>
              {t('channels.figures.csv')}
            </a>
          ) : undefined
        }
      />
      {report ? (
        <>
          <Chart data={figuresChart(report)} />
          <h2>{t('channels.figures.byPurpose')}</h2>
          <DataTable
            caption={t('channels.figures.byPurpose')}
            captionHidden
            rows={report.purposes}
            empty={t('channels.figures.none')}
            columns={[
              { header: t('channels.figures.purpose'), rowHeader: true, text: purposeLabel },
              { header: t('channels.figures.desired'), text: (row) => channelName(row.desiredChannel) },
              { header: t('channels.figures.contacts'), numeric: true, text: (row) => formatCount(row.total) },
              {
                header: t('channels.figures.desiredShare'),
                numeric: true,
                text: (row) => formatPercent(desiredOf(row)?.sharePercent),
              },
              {
                header: t('channels.figures.desiredTarget'),
                numeric: true,
                text: (row) => formatPercent(desiredOf(row)?.targetPercent),
              },
              { header: t('channels.figures.cost'), numeric: true, text: (row) => formatKroner(row.costOre) },
            ]}
          />
          <h2>{t('channels.figures.byChannel')}</h2>
          <DataTable
            caption={t('channels.figures.byChannel')}
            captionHidden
            rows={details}
            empty={t('channels.figures.none')}
            columns={[
              { header: t('channels.figures.purpose'), text: ({ row }) => purposeLabel(row) },
              { header: t('channels.figures.channel'), text: ({ channel }) => channelName(channel.channel) },
              {
                header: t('channels.figures.contacts'),
                numeric: true,
                text: ({ channel }) => formatCount(channel.count),
              },
              {
                header: t('channels.figures.share'),
                numeric: true,
                text: ({ channel }) => formatPercent(channel.sharePercent),
              },
              {
                header: t('channels.figures.target'),
                numeric: true,
                text: ({ channel }) => formatPercent(channel.targetPercent),
              },
              {
                header: t('channels.figures.cost'),
                numeric: true,
                text: ({ channel }) => formatKroner(channel.costOre),
              },
            ]}
          />
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('channels.figures.method')}</h2>
      <p>{t('channels.figures.methodText')}</p>
    </Page>
  );
}
