import { t } from '#platform/i18n/i18n.ts';
import { formatDay, formatNumber, formatPercent } from '#platform/i18n/numbers.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { Chart, type ChartData } from '#platform/views/chart.tsx';
import type { Column } from '#platform/views/data-table.tsx';
import { PeriodFilter } from '#platform/views/period-filter.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import { choices, fieldBinding, SelectField } from '#platform/views/components.tsx';
import { usageEvents, type UsageReport } from '#modules/selfservice/usage.service.ts';
import { ABANDON_AFTER_DAYS } from '#modules/selfservice/selfservice.service.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';

export interface UsageFilter {
  from: string;
  to: string;
  granularity: 'day' | 'month';
}

/** One right-aligned column per usage event (started, submitted, abandoned). */
function eventColumns<Row extends { counts: Record<(typeof usageEvents)[number], number> }>(): Array<Column<Row>> {
  return usageEvents.map((event) => ({
    header: t(`selfservice.usage.event.${event}`),
    numeric: true,
    text: (row: Row) => formatNumber(row.counts[event]),
  }));
}

/** The chart shows the outcome of each solution; completed steps stay in the tables. */
const chartEvents = ['started', 'submitted', 'abandoned'] as const;

/** The chart of the totals: per solution, how many started, submitted and abandoned. */
function usageChart(report: UsageReport): ChartData {
  return {
    title: t('selfservice.usage.chart'),
    categoryLabel: t('selfservice.usage.solution'),
    categories: report.totals.map((total) => localized(total.solutionName)),
    series: chartEvents.map((event) => ({
      name: t(`selfservice.usage.event.${event}`),
      values: report.totals.map((total) => total.counts[event]),
    })),
  };
}

/** Staff: usage counts per solution and day or month, as a chart with the same figures in tables, and a CSV export. */
export function UsagePage({
  filter,
  report,
  errors = {},
}: {
  filter: UsageFilter;
  report?: UsageReport;
  errors?: Record<string, string>;
}) {
  const field = fieldBinding(filter, errors);
  const query = new URLSearchParams({ from: filter.from, to: filter.to, granularity: filter.granularity }).toString();
  const formatRate = (rate: number | null) => (rate === null ? '–' : formatPercent(rate));
  return (
    <LeadPage title={t('selfservice.usage.title')} lead={t('selfservice.usage.lead')} back="/staff">
      <PeriodFilter
        action={paths.usage}
        texts="selfservice.usage"
        values={filter}
        errors={errors}
        more={[
          <SelectField
            {...field('granularity')}
            label={t('selfservice.usage.granularity')}
            options={choices(['day', 'month'], 'selfservice.usage')}
          />,
        ]}
        csv={report ? `${paths.usageCsv}?${query}` : undefined}
      />
      {report ? (
        <>
          <Chart data={usageChart(report)} />
          <TableSection
            heading={t('selfservice.usage.totals')}
            rows={report.totals}
            columns={[
              {
                header: t('selfservice.usage.solution'),
                rowHeader: true,
                text: (total) => localized(total.solutionName),
              },
              ...eventColumns<UsageReport['totals'][number]>(),
              {
                header: t('selfservice.usage.completionRate'),
                numeric: true,
                text: (total) => formatRate(total.completionRate),
              },
            ]}
          />
          <TableSection
            heading={t('selfservice.usage.byPeriod')}
            rows={report.rows}
            empty={t('selfservice.usage.noData')}
            columns={[
              { header: t('selfservice.usage.period'), text: (row) => formatDay(row.period) },
              { header: t('selfservice.usage.solution'), text: (row) => localized(row.solutionName) },
              ...eventColumns<UsageReport['rows'][number]>(),
            ]}
          />
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('selfservice.usage.method')}</h2>
      <p>{t('selfservice.usage.methodText', { days: ABANDON_AFTER_DAYS })}</p>
    </LeadPage>
  );
}
