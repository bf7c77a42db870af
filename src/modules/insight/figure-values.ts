import { eachDay } from './each-day.ts';
import type { Direction, KeyFigure } from './key-figure.ts';

/** A stored fact as the figures read it back. */
export interface FactValue {
  day: string;
  dimensionKey: string;
  numerator: number;
  denominator: number | null;
  value: number;
}

export interface PeriodValue {
  value: number | null;
  /** how many people the value counts (the base of a share), or null when it counts none */
  people: number | null;
}

export type Status = 'green' | 'amber' | 'red';

export interface Thresholds {
  green: number;
  red: number;
}

/** A cell counting 1 to 4 people is suppressed ("< 5"); none at all reveals no one and is shown. */
export const SUPPRESS_BELOW = 5;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Pure: a figure's value over a period from its daily facts of one cell. A flow adds its days up, a share is the
 * sum of numerators over the sum of denominators (never a mean of daily shares), a stock is its last day's value.
 */
export function periodValue(figure: KeyFigure, facts: readonly FactValue[]): PeriodValue {
  const computation = figure.computation;
  if (facts.length === 0) return { value: computation.kind === 'count' ? 0 : null, people: 0 };
  switch (computation.kind) {
    case 'count':
      return { value: sum(facts.map((fact) => fact.numerator)), people: sum(facts.map((fact) => fact.numerator)) };
    case 'share':
    case 'ratio': {
      const numerator = sum(facts.map((fact) => fact.numerator));
      const denominator = sum(facts.map((fact) => fact.denominator ?? 0));
      return { value: denominator ? oneDecimal((numerator * 100) / denominator) : null, people: denominator };
    }
    case 'stock': {
      const last = [...facts].sort((a, b) => a.day.localeCompare(b.day)).at(-1)!;
      return { value: last.value, people: last.value };
    }
    case 'observed': {
      const values = facts.map((fact) => fact.value);
      const value = computation.aggregate === 'sum' ? sum(values) : oneDecimal(sum(values) / values.length);
      return { value, people: null };
    }
  }
}

/** Whether a value must be shown as "< 5": a figure about people, in a cell counting 1 to 4 of them. */
export const isSuppressed = (figure: KeyFigure, value: PeriodValue): boolean =>
  figure.people && value.people !== null && value.people > 0 && value.people < SUPPRESS_BELOW;

/** Red, amber or green: at or better than `green` is green, at or worse than `red` is red, amber between. */
export function statusOf(direction: Direction, value: number, thresholds: Thresholds): Status {
  const better = (a: number, b: number) => (direction === 'higher' ? a >= b : a <= b);
  if (better(value, thresholds.green)) return 'green';
  if (better(thresholds.red, value)) return 'red';
  return 'amber';
}

/** Pure: the daily values of a period for a sparkline (a stock carries its last value over days without facts). */
export function dailySeries(figure: KeyFigure, facts: readonly FactValue[], from: string, to: string): number[] {
  const byDay = new Map(facts.map((fact) => [fact.day, fact.value]));
  let carried = 0;
  return eachDay(from, to).map((day) => {
    const value = byDay.get(day);
    if (figure.computation.kind === 'stock') carried = value ?? carried;
    else carried = value ?? 0;
    return carried;
  });
}

/** Whether one stored fact (a day and a cell) must be shown as "< 5". */
export const isFactSuppressed = (figure: KeyFigure, fact: FactValue): boolean =>
  isSuppressed(figure, periodValue(figure, [fact]));
