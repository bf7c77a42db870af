import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import type { Breakdown } from '../../dashboard.service.ts';
import { isFactSuppressed } from '../../figure-values.ts';
import type { KeyFigure } from '../../key-figure.ts';
import type { Target } from '../../targets.ts';
import { dimensionValueText, formatIn, shownValue } from '../format.ts';

/** A figure's cells of one dimension in the period (a cell of 1 to 4 people says "< 5"). */
export function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  return (
    <DataTable
      caption={t('insight.figure.by', { dimension: t(`insight.dimension.${breakdown.dimension}`) })}
      captionHidden
      rows={breakdown.cells}
      empty={t('insight.figure.none')}
      columns={[
        {
          header: t(`insight.dimension.${breakdown.dimension}`),
          rowHeader: true,
          text: (cell) => dimensionValueText(breakdown.dimension, cell),
        },
        { header: t('insight.figure.value'), numeric: true, text: (cell) => shownValue(cell.tile) },
      ]}
    />
  );
}

/** The target versions: from when, until when, green and red thresholds. */
export function TargetsTable({ figure, targets }: { figure: KeyFigure; targets: Target[] }) {
  return (
    <DataTable
      caption={t('insight.targets.title')}
      captionHidden
      rows={targets}
      empty={t('insight.targets.none')}
      columns={[
        { header: t('insight.targets.version'), rowHeader: true, text: (target) => String(target.version) },
        { header: t('insight.targets.cell'), text: (target) => target.dimensionKey || t('insight.figure.whole') },
        { header: t('insight.targets.validFrom'), text: (target) => formatDay(target.validFrom) },
        { header: t('insight.targets.validTo'), text: (target) => (target.validTo ? formatDay(target.validTo) : '–') },
        { header: t('insight.targets.green'), numeric: true, text: (target) => formatIn(figure.unit, target.green) },
        { header: t('insight.targets.red'), numeric: true, text: (target) => formatIn(figure.unit, target.red) },
      ]}
    />
  );
}

export interface LineageRow {
  day: string;
  dimensionKey: string;
  numerator: number;
  denominator: number | null;
  value: number;
  source: string;
  lineage: string;
  sourceVersion: number;
  computedAt: Date;
}

/** Where a number came from: "computed from events" or "pushed in batch …". */
export function lineageText(row: Pick<LineageRow, 'lineage' | 'sourceVersion'>): string {
  const [kind, detail] = row.lineage.split(':');
  if (kind === 'push') return t('insight.lineage.push', { batch: detail });
  if (kind === 'import') return t('insight.lineage.import', { import: detail });
  return t('insight.lineage.events', { signals: detail, version: row.sourceVersion });
}

/** The newest daily facts with their lineage and the time they were computed. */
export function LineageTable({ figure, rows }: { figure: KeyFigure; rows: LineageRow[] }) {
  return (
    <DataTable
      caption={t('insight.lineage.title')}
      captionHidden
      compact
      rows={rows}
      empty={t('insight.figure.none')}
      columns={[
        { header: t('insight.lineage.day'), rowHeader: true, text: (row) => formatDay(row.day) },
        { header: t('insight.targets.cell'), text: (row) => row.dimensionKey || t('insight.figure.whole') },
        {
          header: t('insight.figure.value'),
          numeric: true,
          text: (row) => (isFactSuppressed(figure, row) ? '< 5' : formatIn(figure.unit, row.value)),
        },
        { header: t('insight.figure.source'), text: (row) => t(`insight.source.${row.source}`) },
        { header: t('insight.lineage.origin'), text: lineageText },
        { header: t('insight.lineage.computedAt'), text: (row) => formatDateTime(row.computedAt) },
      ]}
    />
  );
}
