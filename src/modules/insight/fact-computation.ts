import { eachDay } from './each-day.ts';
import type { Computation, KeyFigure, SignalName } from './key-figure.ts';

/** Signals counted per day and set of codes (what the repository's one aggregate query returns). */
export interface SignalCount {
  day: string;
  signal: SignalName;
  attributes: Record<string, string>;
  count: number;
}

/** One daily fact row: a figure's value on a day for the municipality ('' key) or one dimension value. */
export interface Fact {
  figureId: string;
  day: string;
  dimensionKey: string;
  dimensions: Record<string, string>;
  numerator: number;
  denominator: number | null;
  value: number;
  source: string;
  lineage: string;
  sourceVersion: number;
}

/** Raised when the rules below change how a number is made: facts then show which rules made them. */
export const COMPUTATION_VERSION = 1;

export const dimensionKey = (dimensions: Record<string, string>) =>
  Object.entries(dimensions)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');

/** The cells a signal counts in: the whole municipality and each of the figure's dimensions it has a code for. */
function cellsOf(figure: KeyFigure, attributes: Record<string, string>): Array<Record<string, string>> {
  const cells: Array<Record<string, string>> = [{}];
  for (const dimension of figure.dimensions)
    if (attributes[dimension] !== undefined) cells.push({ [dimension]: attributes[dimension] });
  return cells;
}

export const signalsOf = (computation: Computation): SignalName[] => {
  switch (computation.kind) {
    case 'count':
    case 'share':
      return [computation.signal];
    case 'ratio':
      return [computation.numerator, computation.denominator];
    case 'stock':
      return [computation.inflow, computation.outflow];
    case 'observed':
      return [];
  }
};

/** How much a signal adds to a cell's numerator and denominator under a computation (stock: in minus out). */
function contribution(computation: Computation, row: SignalCount): { numerator: number; denominator: number } {
  switch (computation.kind) {
    case 'count':
      return { numerator: row.count, denominator: 0 };
    case 'share':
      return {
        numerator: row.attributes[computation.attribute] === computation.equals ? row.count : 0,
        denominator: row.count,
      };
    case 'ratio':
      return {
        numerator: row.signal === computation.numerator ? row.count : 0,
        denominator: row.signal === computation.denominator ? row.count : 0,
      };
    case 'stock':
      return { numerator: row.signal === computation.inflow ? row.count : -row.count, denominator: 0 };
    case 'observed':
      return { numerator: 0, denominator: 0 };
  }
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

type Sums = Map<string, { dimensions: Record<string, string>; numerator: number; denominator: number }>;

function add(sums: Sums, figure: KeyFigure, row: SignalCount) {
  const part = contribution(figure.computation, row);
  for (const dimensions of cellsOf(figure, row.attributes)) {
    const key = dimensionKey(dimensions);
    const sum = sums.get(key) ?? { dimensions, numerator: 0, denominator: 0 };
    sums.set(key, {
      dimensions,
      numerator: sum.numerator + part.numerator,
      denominator: sum.denominator + part.denominator,
    });
  }
}

function factOf(
  figure: KeyFigure,
  day: string,
  key: string,
  sum: Sums extends Map<string, infer V> ? V : never,
): Fact | null {
  const ratio = figure.computation.kind === 'share' || figure.computation.kind === 'ratio';
  if (ratio && sum.denominator === 0) return null;
  if (figure.computation.kind === 'count' && sum.numerator === 0) return null;
  return {
    figureId: figure.id,
    day,
    dimensionKey: key,
    dimensions: sum.dimensions,
    numerator: sum.numerator,
    denominator: ratio ? sum.denominator : null,
    value: ratio ? oneDecimal((sum.numerator * 100) / sum.denominator) : sum.numerator,
    source: figure.source,
    lineage: `events:${signalsOf(figure.computation).join(',')}`,
    sourceVersion: COMPUTATION_VERSION,
  };
}

/**
 * Pure: the fact rows of the computed figures for the days from `from` to `to`. `before` holds the counts of
 * every day before `from` (a stock carries them in); a flow's cell without anything to count gets no row.
 */
export function computeFacts(
  figures: readonly KeyFigure[],
  counts: readonly SignalCount[],
  before: readonly SignalCount[],
  from: string,
  to: string,
): Fact[] {
  const facts: Fact[] = [];
  for (const figure of figures) {
    const wanted = new Set(signalsOf(figure.computation));
    if (wanted.size === 0) continue;
    const carried: Sums = new Map();
    if (isStockFigure(figure)) for (const row of before) if (wanted.has(row.signal)) add(carried, figure, row);
    for (const day of eachDay(from, to)) {
      const sums: Sums = isStockFigure(figure) ? carried : new Map();
      for (const row of counts) if (row.day === day && wanted.has(row.signal)) add(sums, figure, row);
      for (const [key, sum] of sums) {
        const fact = factOf(figure, day, key, sum);
        if (fact) facts.push(fact);
      }
    }
  }
  return facts;
}

const isStockFigure = (figure: KeyFigure) => figure.computation.kind === 'stock';
