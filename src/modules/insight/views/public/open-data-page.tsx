import { t } from '#platform/i18n/i18n.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { PeriodFilter } from '#platform/views/period-filter.tsx';
import type { Tile } from '../../dashboard.service.ts';
import { insightPaths, withPeriod } from '../paths.ts';
import { shownTarget, shownValue, textOf } from '../format.ts';
import { StatusBadge } from '../staff/figure-tile.tsx';

/** A published figure: its value, target and status, and what it means (the definition travels with the number). */
function OpenFigure({ tile }: { tile: Tile }) {
  return (
    <section>
      <h2 class="h4" safe>
        {textOf(tile.figure.name)}
      </h2>
      <p class="font-lead mb-2">
        <strong class="insight-value" safe>
          {shownValue(tile)}
        </strong>{' '}
        <StatusBadge tile={tile} />
      </p>
      <p class="form-hint mt-0" safe>
        {shownTarget(tile.figure, tile)}
      </p>
      <p safe>{textOf(tile.figure.description)}</p>
    </section>
  );
}

/** Open data: the key figures the municipality publishes, for anyone, with CSV. */
export function OpenDataPage({
  period,
  tiles,
  errors = {},
}: {
  period: { from: string; to: string };
  tiles?: Tile[];
  errors?: FieldErrors;
}) {
  const csv = tiles ? withPeriod(insightPaths.openDataCsv, period) : undefined;
  return (
    <LeadPage title={t('insight.open.title')} lead={t('insight.open.lead')}>
      <PeriodFilter texts="insight.period" action={insightPaths.openData} values={period} errors={errors} csv={csv} />
      {tiles ? (
        <div class="card-grid">
          {tiles.map((tile) => (
            <OpenFigure tile={tile} />
          ))}
        </div>
      ) : (
        ''
      )}
      <p>{t('insight.open.suppression')}</p>
    </LeadPage>
  );
}
