import { t } from '#platform/i18n/i18n.ts';
import type { Tile } from '../../dashboard.service.ts';
import { insightPaths, withPeriod } from '../paths.ts';
import { shownTarget, shownValue, textOf } from '../format.ts';
import { Sparkline } from './sparkline.tsx';

const badgeClass = { green: 'badge-success', amber: 'badge-warning', red: 'badge-error' } as const;

/** The status as words (never colour alone): "Grøn – på eller over målet". */
export function StatusBadge({ tile }: { tile: Tile }) {
  if (!tile.status) return '';
  return (
    <span class={`badge badge-small ${badgeClass[tile.status]}`} safe>
      {t(`insight.status.${tile.status}`)}
    </span>
  );
}

/** A dashboard tile: the figure's name (a link to its page), the value, the target in force, status and sparkline. */
export function FigureTile({ tile, period }: { tile: Tile; period: { from: string; to: string } }) {
  const figure = tile.figure;
  return (
    <section>
      <h2 class="h4">
        <a href={withPeriod(insightPaths.figure(figure.id), period)} safe>
          {textOf(figure.name)}
        </a>
      </h2>
      <p class="font-lead mb-2">
        <strong class="insight-value" safe>
          {shownValue(tile)}
        </strong>{' '}
        <StatusBadge tile={tile} />
      </p>
      <p class="form-hint mt-0" safe>
        {shownTarget(figure, tile)}
      </p>
      <Sparkline values={tile.series} />
    </section>
  );
}
