import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { notFound } from '#platform/http/problem.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { KeyFigure, Text } from './key-figure.ts';
import { type NameSources, withNames } from './dimension-names.ts';
import {
  type FactValue,
  type PeriodValue,
  type Status,
  dailySeries,
  isSuppressed,
  periodValue,
  statusOf,
} from './figure-values.ts';
import { canSeeFigure } from './insight.policy.ts';
import { assertPeriod, type Period } from './period.ts';
import { factsOf, lineageOf } from './repository/fact.repository.ts';
import { listTargets } from './repository/target.repository.ts';
import { alertsOf } from './repository/alert.repository.ts';
import { type Target, targetInForce } from './targets.ts';

/** A figure's value over a period for one cell, with the target in force on its last day and the status. */
export interface Tile {
  figure: KeyFigure;
  value: PeriodValue;
  suppressed: boolean;
  target?: Target;
  status?: Status;
  series: number[];
}

export interface Breakdown {
  dimension: string;
  /** `name`: the value's name from its owner (a case type's, a department's), when it has one */
  cells: Array<{ value: string; name?: Text; tile: Tile }>;
}

/** The dashboards' reading side: what an actor may see, computed from the stored daily facts only. */
export class DashboardService {
  constructor(
    private readonly db: Database,
    private readonly figures: readonly KeyFigure[],
    private readonly identity: Pick<IdentityContract, 'departmentOf'>,
    private readonly names: NameSources,
  ) {}

  async visibleFigures(actor: Principal): Promise<KeyFigure[]> {
    assertCan(actor, 'insight:view');
    const department = await this.identity.departmentOf(actor);
    return this.figures.filter((figure) => canSeeFigure(actor, department.code, figure));
  }

  /** The executive dashboard: a tile per figure the actor may see, for the municipality as a whole. */
  async dashboard(actor: Principal, period: Period): Promise<Tile[]> {
    assertPeriod(period);
    const figures = await this.visibleFigures(actor);
    const ids = figures.map((figure) => figure.id);
    const [facts, targets] = await Promise.all([
      factsOf(this.db, ids, period.from, period.to, ''),
      listTargets(this.db, ids),
    ]);
    return figures.map((figure) =>
      tileOf(
        figure,
        facts.filter((fact) => fact.figureId === figure.id),
        targets.filter((target) => target.figureId === figure.id),
        '',
        period,
      ),
    );
  }

  /** The open-data page: the figures the municipality publishes, for anyone (suppressed like every other view). */
  async openData(period: Period): Promise<Tile[]> {
    assertPeriod(period);
    const figures = this.figures.filter((figure) => figure.open);
    const ids = figures.map((figure) => figure.id);
    const [facts, targets] = await Promise.all([
      factsOf(this.db, ids, period.from, period.to, ''),
      listTargets(this.db, ids),
    ]);
    return figures.map((figure) =>
      tileOf(
        figure,
        facts.filter((fact) => fact.figureId === figure.id),
        targets.filter((target) => target.figureId === figure.id),
        '',
        period,
      ),
    );
  }

  /** One figure the actor may see (else not found: a figure of another department is not shown to exist). */
  async figure(actor: Principal, id: string): Promise<KeyFigure> {
    const figure = (await this.visibleFigures(actor)).find((candidate) => candidate.id === id);
    if (!figure) throw notFound();
    return figure;
  }

  /** A figure's page: its value and target, each dimension's cells, its target versions and its lineage. */
  async figureReport(actor: Principal, id: string, period: Period) {
    assertPeriod(period);
    const figure = await this.figure(actor, id);
    const [facts, targets, lineage, alerts] = await Promise.all([
      factsOf(this.db, [id], period.from, period.to),
      listTargets(this.db, [id]),
      lineageOf(this.db, id, period.from, period.to),
      alertsOf(this.db, id),
    ]);
    const total = tileOf(
      figure,
      facts.filter((fact) => fact.dimensionKey === ''),
      targets,
      '',
      period,
    );
    const breakdowns = await Promise.all(
      figure.dimensions.map((dimension) =>
        withNames(this.names, breakdownOf(figure, dimension, facts, targets, period)),
      ),
    );
    return { figure, total, targets, breakdowns, lineage, alerts };
  }

  /** Every daily fact of a figure in the period with its lineage (the figure's CSV). */
  async figureFacts(actor: Principal, id: string, period: Period) {
    assertPeriod(period);
    const figure = await this.figure(actor, id);
    return { figure, facts: (await lineageOf(this.db, id, period.from, period.to, 100_000)).reverse() };
  }

  /** The dashboard's charts: each figure broken down by one dimension, when the actor may see it. */
  async charts(actor: Principal, period: Period) {
    const visible = await this.visibleFigures(actor);
    const charts: Array<{ figure: KeyFigure; breakdown: Breakdown }> = [];
    for (const chart of dashboardCharts) {
      const figure = visible.find((candidate) => candidate.id === chart.figure);
      if (!figure) continue;
      const facts = await factsOf(this.db, [figure.id], period.from, period.to);
      const breakdown = await withNames(this.names, breakdownOf(figure, chart.dimension, facts, [], period));
      charts.push({ figure, breakdown });
    }
    return charts;
  }
}

/** What the executive dashboard draws below its tiles. */
const dashboardCharts = [
  { figure: 'cases-received', dimension: 'caseType' },
  { figure: 'inquiries', dimension: 'channel' },
] as const;

function breakdownOf(figure: KeyFigure, dimension: string, facts: FactValue[], targets: Target[], period: Period) {
  const keys = [...new Set(facts.map((fact) => fact.dimensionKey))].filter((key) => key.startsWith(`${dimension}=`));
  const cells = keys.sort().map((key) => ({
    value: key.slice(dimension.length + 1),
    tile: tileOf(
      figure,
      facts.filter((fact) => fact.dimensionKey === key),
      targets,
      key,
      period,
    ),
  }));
  return { dimension, cells };
}

function tileOf(figure: KeyFigure, facts: FactValue[], targets: Target[], key: string, period: Period): Tile {
  const value = periodValue(figure, facts);
  const suppressed = isSuppressed(figure, value);
  const target = targetInForce(targets, key, period.to);
  const status =
    target && value.value !== null && !suppressed ? statusOf(figure.direction, value.value, target) : undefined;
  return { figure, value, suppressed, target, status, series: dailySeries(figure, facts, period.from, period.to) };
}
