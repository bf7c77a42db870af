import type { Tile } from './dashboard.service.ts';
import { isFactSuppressed, type FactValue } from './figure-values.ts';
import type { KeyFigure } from './key-figure.ts';
import type { Period } from './period.ts';

/** A CSV cell: numbers as they are (a point for decimals), texts quoted; a suppressed number is the text "< 5". */
const cell = (value: string | number | null | undefined) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'number'
      ? String(value)
      : `"${value.replaceAll('"', '""')}"`;

const lines = (header: string[], rows: Array<Array<string | number | null | undefined>>) =>
  `${[header.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\n')}\n`;

/** The dashboard as CSV: one line per figure with its value over the period, target and status. */
export function dashboardCsv(period: Period, tiles: readonly Tile[]): string {
  return lines(
    ['figure_id', 'name_da', 'name_en', 'unit', 'from', 'to', 'value', 'target_green', 'target_red', 'status'],
    tiles.map((tile) => [
      tile.figure.id,
      tile.figure.name.da,
      tile.figure.name.en,
      tile.figure.unit,
      period.from,
      period.to,
      tile.suppressed ? '< 5' : tile.value.value,
      tile.target?.green,
      tile.target?.red,
      tile.status,
    ]),
  );
}

/** A figure's daily facts as CSV: day, cell, numerator, denominator and value, each suppressed cell as "< 5". */
export function figureCsv(
  figure: KeyFigure,
  facts: ReadonlyArray<FactValue & { source: string; lineage: string }>,
): string {
  return lines(
    ['figure_id', 'day', 'cell', 'numerator', 'denominator', 'value', 'source', 'lineage'],
    facts.map((fact) => {
      const hidden = isFactSuppressed(figure, fact);
      return [
        figure.id,
        fact.day,
        fact.dimensionKey,
        hidden ? '< 5' : fact.numerator,
        hidden ? '< 5' : fact.denominator,
        hidden ? '< 5' : fact.value,
        fact.source,
        fact.lineage,
      ];
    }),
  );
}
