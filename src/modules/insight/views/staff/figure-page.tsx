import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { PeriodFilter } from '#platform/views/period-filter.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { Chart } from '#platform/views/chart.tsx';
import type { FieldErrors } from '#platform/views/components.tsx';
import type { DashboardService } from '../../dashboard.service.ts';
import type { KeyFigure } from '../../key-figure.ts';
import { insightPaths, withPeriod } from '../paths.ts';
import { shownTarget, shownValue, textOf } from '../format.ts';
import { breakdownChart } from './dashboard-charts.ts';
import { StatusBadge } from './figure-tile.tsx';
import { BreakdownTable, LineageTable, TargetsTable } from './figure-tables.tsx';
import { AlertsTable } from './alerts-table.tsx';

type Report = Awaited<ReturnType<DashboardService['figureReport']>>;

/** What a figure is and how it is made: the definition every reader of the number is entitled to. */
export function DefinitionList({ figure }: { figure: KeyFigure }) {
  return (
    <SummaryList
      caption={t('insight.figure.definition')}
      items={[
        { label: t('insight.figure.description'), text: textOf(figure.description) },
        { label: t('insight.figure.unit'), text: t(`insight.unitName.${figure.unit}`) },
        { label: t('insight.figure.owner'), text: figure.owner },
        { label: t('insight.figure.direction'), text: t(`insight.direction.${figure.direction}`) },
        { label: t('insight.figure.granularity'), text: t(`insight.granularity.${figure.granularity}`) },
        {
          label: t('insight.figure.dimensions'),
          text: figure.dimensions.map((dimension) => t(`insight.dimension.${dimension}`)).join(', '),
        },
        { label: t('insight.figure.source'), text: t(`insight.source.${figure.source}`) },
        {
          label: t('insight.figure.suppression'),
          text: t(figure.people ? 'insight.figure.people' : 'insight.figure.noPeople'),
        },
      ]}
    />
  );
}

/** A figure's page: its value and target in the period, its definition, each breakdown, targets and lineage. */
export function FigurePage({
  figure,
  period,
  report,
  errors = {},
}: {
  figure: KeyFigure;
  period: { from: string; to: string };
  report?: Report;
  errors?: FieldErrors;
}) {
  const csv = report ? withPeriod(insightPaths.figureCsv(figure.id), period) : undefined;
  return (
    <LeadPage
      title={textOf(figure.name)}
      lead={t('insight.figure.lead')}
      back={withPeriod(insightPaths.dashboard, period)}
    >
      <PeriodFilter
        texts="insight.period"
        action={insightPaths.figure(figure.id)}
        values={period}
        errors={errors}
        csv={csv}
      />
      {report ? (
        <>
          <p class="font-lead">
            <strong safe>{shownValue(report.total)}</strong> <StatusBadge tile={report.total} />
          </p>
          <p class="form-hint" safe>
            {shownTarget(figure, report.total)}
          </p>
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('insight.figure.definition')}</h2>
      <DefinitionList figure={figure} />
      {report ? (
        <>
          {report.breakdowns.map((breakdown) => (
            <>
              <h2 class="h3" safe>
                {t('insight.figure.by', { dimension: t(`insight.dimension.${breakdown.dimension}`) })}
              </h2>
              <Chart data={breakdownChart(textOf(figure.name), textOf(figure.name), breakdown)} />
              <BreakdownTable breakdown={breakdown} />
            </>
          ))}
          <h2 class="h3">{t('insight.targets.title')}</h2>
          <TargetsTable figure={figure} targets={report.targets} />
          <h2 class="h3">{t('insight.lineage.title')}</h2>
          <p>{t('insight.lineage.lead')}</p>
          <LineageTable figure={figure} rows={report.lineage} />
          <h2 class="h3">{t('insight.alerts.title')}</h2>
          <AlertsTable figure={figure} alerts={report.alerts} />
        </>
      ) : (
        ''
      )}
    </LeadPage>
  );
}
