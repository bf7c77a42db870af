import { t } from '#platform/i18n/i18n.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { PeriodFilter } from '#platform/views/period-filter.tsx';
import { Chart, type ChartData } from '#platform/views/chart.tsx';
import type { Tile } from '../../dashboard.service.ts';
import { insightPaths, withPeriod } from '../paths.ts';
import { FigureTile } from './figure-tile.tsx';

/** The executive dashboard: a tile per figure with its target and status, the charts, the period and the export. */
export function DashboardPage({
  period,
  tiles,
  charts = [],
  errors = {},
}: {
  period: { from: string; to: string };
  tiles?: Tile[];
  charts?: ChartData[];
  errors?: FieldErrors;
}) {
  const csv = tiles ? withPeriod(insightPaths.dashboardCsv, period) : undefined;
  return (
    <LeadPage title={t('insight.dashboard.title')} lead={t('insight.dashboard.lead')} back="/staff">
      <PeriodFilter texts="insight.period" action={insightPaths.dashboard} values={period} errors={errors} csv={csv} />
      {tiles ? (
        <>
          {tiles.length ? (
            <div class="card-grid">
              {tiles.map((tile) => (
                <FigureTile tile={tile} period={period} />
              ))}
            </div>
          ) : (
            <p>{t('insight.dashboard.none')}</p>
          )}
          {charts.map((data) => (
            <Chart data={data} />
          ))}
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('insight.dashboard.method')}</h2>
      <p>{t('insight.dashboard.methodText')}</p>
    </LeadPage>
  );
}
