import { currentLocale, t, tOr } from '#platform/i18n/i18n.ts';
import { formatNumber, formatPercent } from '#platform/i18n/numbers.ts';
import type { KeyFigure, Text, Unit } from '../key-figure.ts';
import type { Tile } from '../dashboard.service.ts';

/** A definition's own text in the reader's language. */
export const textOf = (text: Text) => text[currentLocale()];

/** A number in a figure's unit: "92,5 %", "1.234", "95 sek.". */
export function formatIn(unit: Unit, value: number): string {
  if (unit === 'percent') return formatPercent(value);
  if (unit === 'seconds') return t('insight.unit.seconds', { value: formatNumber(value) });
  return formatNumber(value);
}

/** A tile's value as shown: "< 5" for a suppressed cell, "–" when there is nothing to compute it from. */
export function shownValue(tile: Tile): string {
  if (tile.suppressed) return '< 5';
  if (tile.value.value === null) return '–';
  return formatIn(tile.figure.unit, tile.value.value);
}

/** The target of a tile: "Mål: 90 % (rød ved 80 %)". */
export function shownTarget(figure: KeyFigure, tile: Tile): string {
  if (!tile.target) return t('insight.tile.noTarget');
  return t(`insight.tile.target.${figure.direction}`, {
    green: formatIn(figure.unit, tile.target.green),
    red: formatIn(figure.unit, tile.target.red),
  });
}

/** A dimension's value for people: by its owner's name (case type, department), a channel by insight's own
 * name for it, else the code as it is (a code no one names any more still shows). */
export function dimensionValueText(dimension: string, cell: { value: string; name?: Text }): string {
  if (cell.name) return textOf(cell.name);
  return dimension === 'channel' ? tOr(`insight.channel.${cell.value}`, cell.value) : cell.value;
}
