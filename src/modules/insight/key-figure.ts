/** What a key figure is, as data: the catalogue (catalogue.ts) and the pushed figures use the same shape. */

export const dimensionNames = ['department', 'service', 'caseType', 'channel', 'location'] as const;
export type DimensionName = (typeof dimensionNames)[number];

export type Unit = 'count' | 'percent' | 'seconds';
export type Direction = 'higher' | 'lower';
export type Granularity = 'day' | 'week' | 'month' | 'year';

/** A signal: one measure the platform's events said happened (signals.ts maps events to signals). */
export type SignalName =
  | 'letter-sent'
  | 'notification-delivered'
  | 'case-received'
  | 'case-decided'
  | 'selfservice-started'
  | 'selfservice-submitted'
  | 'inquiry';

/** How a figure is computed from signals, or that another system pushes it. */
export type Computation =
  /** the number of signals */
  | { kind: 'count'; signal: SignalName }
  /** per cent of a signal's occurrences whose attribute has one value (digital letters of all letters) */
  | { kind: 'share'; signal: SignalName; attribute: string; equals: string }
  /** per cent: one signal's count over another's (submitted over started) */
  | { kind: 'ratio'; numerator: SignalName; denominator: SignalName }
  /** at the end of each day: everything that came in so far minus everything that went out (open cases) */
  | { kind: 'stock'; inflow: SignalName; outflow: SignalName }
  /** pushed by a line-of-business system (POST /api/v1/key-figures/{id}/observations) */
  | { kind: 'observed'; aggregate: 'sum' | 'mean' };

export interface Text {
  da: string;
  en: string;
}

export interface KeyFigure {
  id: string;
  name: Text;
  /** what it says and exactly how it is computed */
  description: Text;
  unit: Unit;
  /** the department that owns the figure (its management answers for it) */
  owner: string;
  direction: Direction;
  granularity: Granularity;
  dimensions: readonly DimensionName[];
  /** the platform module whose events it is computed from, or `connector` */
  source: string;
  computation: Computation;
  /** derived from people: a cell counting fewer than 5 is shown as "< 5" */
  people: boolean;
  /** published on the open-data page (no login), with CSV: the municipality's transparency towards citizens */
  open: boolean;
  /** the target shipped with the figure (a later version may change it) */
  initialTarget?: { green: number; red: number };
}

/** The part of a period a figure's value covers: a flow adds its days up, a stock is read on the last day. */
export const isStock = (figure: KeyFigure) => figure.computation.kind === 'stock';

/** Problems with a definition: an unknown dimension, a share without an attribute, thresholds the wrong way. */
export function definitionProblems(figure: KeyFigure): string[] {
  const problems: string[] = [];
  for (const dimension of figure.dimensions)
    if (!dimensionNames.includes(dimension)) problems.push(`${figure.id}: unknown dimension ${dimension}`);
  const target = figure.initialTarget;
  if (target && (figure.direction === 'higher' ? target.red > target.green : target.red < target.green))
    problems.push(`${figure.id}: the red threshold is better than the green`);
  return problems;
}
