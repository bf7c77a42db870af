import type { Database, Executor } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { notFound, type FieldProblem } from '#platform/http/problem.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { refuseWith } from './governance-problems.ts';
import { benefitUnits, figureValue, keyFigure, realisedGain } from './key-figures.ts';
import { type InitiativeInput, readInitiative } from './initiative-input.ts';
import { audit, isUuid, type RegisterService } from './register.service.ts';
import * as repository from './repository/plan.repository.ts';

export interface Benefit {
  description: string;
  keyFigure: string | null;
  unit: string;
  baseline: number;
  target: number;
  /** measured from the key figure, or entered by the owner; null while nothing is known */
  measured: number | null;
  expected: number;
  realised: number | null;
  deviation: number | null;
  note: string;
}

export interface Initiative {
  id: string;
  title: string;
  focusArea: string;
  departmentCode: string;
  phase: string;
  status: string;
  budgetOre: number;
  funding: string;
  benefits: Benefit[];
}

export interface PoolSummary {
  deposits: number;
  grants: number;
  repayments: number;
  balance: number;
  /** repayments from realised gains as a share of the grants, in per cent (the self-financing goal) */
  selfFinancing: number | null;
}

export interface BenefitInput {
  description: string;
  keyFigure: string;
  unit: string;
  baseline: string;
  target: string;
  note: string;
}

const number = (text: string) => (/^-?\d+(,\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : null);

/** The yearly action plan, its benefits (realised gains computed from key figures) and the strategy pool. */
export class PlanService {
  constructor(
    private readonly db: Database,
    private readonly register: RegisterService,
  ) {}

  /** An initiative as its form shows it, for editing. */
  async initiativeForm(actor: Principal, id: string): Promise<InitiativeInput> {
    assertCan(actor, 'governance:plan');
    const row = isUuid(id) ? await repository.findInitiative(this.db, id) : undefined;
    if (!row) throw notFound('governance.initiative.notFound');
    return {
      year: String(row.year),
      title: row.title,
      focusArea: row.focus_area,
      departmentCode: row.department_code,
      ownerStaffId: row.owner_staff_id,
      phase: row.phase,
      status: row.status,
      budget: formatOre(Number(row.budget_ore)),
      funding: row.funding,
      goLive: row.go_live ?? '',
    };
  }

  /**
   * Adds an initiative to a year's plan (no `id`) or changes one: every field checked, the owner someone in the
   * staff register; nothing is stored while a problem remains. Returns the initiative's id.
   */
  async saveInitiative(actor: Principal, id: string | undefined, input: InitiativeInput): Promise<string> {
    assertCan(actor, 'governance:plan');
    if (id !== undefined && !(isUuid(id) && (await repository.findInitiative(this.db, id))))
      throw notFound('governance.initiative.notFound');
    const departments = (await this.register.departmentChoices()).map((choice) => choice.value);
    const { problems, values } = readInitiative(input, departments);
    if (!(await this.register.staffExists(input.ownerStaffId)))
      problems.push({ field: 'ownerStaffId', key: 'governance.role.unknownStaff' });
    refuseWith('governance.initiative.invalid', problems);
    const row = {
      year: values!.year,
      title: values!.title,
      focus_area: values!.focusArea,
      department_code: values!.departmentCode,
      owner_staff_id: values!.ownerStaffId,
      phase: values!.phase,
      status: values!.status,
      budget_ore: values!.budgetOre,
      funding: values!.funding,
      go_live: values!.goLive,
    };
    return this.db.transaction().execute(async (trx) => {
      const saved = id ?? (await repository.insertInitiative(trx, row));
      if (id) await repository.updateInitiative(trx, id, row);
      await audit(trx, actor, id ? 'governance:initiative-update' : 'governance:initiative-create', saved);
      return saved;
    });
  }

  /** Whom an initiative can be given to: the active staff. */
  async ownerChoices(actor: Principal): Promise<Array<{ id: string; name: string }>> {
    assertCan(actor, 'governance:plan');
    return this.register.activeStaff();
  }

  async board(actor: Principal, year: number): Promise<{ initiatives: Initiative[]; pool: PoolSummary }> {
    assertCan(actor, 'governance:read');
    const rows = await repository.initiativesOf(this.db, year);
    const benefits = await repository.benefitsOf(
      this.db,
      rows.map((row) => row.id),
    );
    const counts = await repository.figureCounts(this.db, year);
    const initiatives = rows.map((row) => ({
      id: row.id,
      title: row.title,
      focusArea: row.focus_area,
      departmentCode: row.department_code,
      phase: row.phase,
      status: row.status,
      budgetOre: Number(row.budget_ore),
      funding: row.funding,
      benefits: benefits
        .filter((benefit) => benefit.initiative_id === row.id)
        .map((benefit) => toBenefit(benefit, counts)),
    }));
    return { initiatives, pool: summarise(await repository.poolEntries(this.db, year)) };
  }

  /** A benefit bound to a key figure must use the figure's unit; one without a figure is entered by its owner. */
  async addBenefit(actor: Principal, initiativeId: string, input: BenefitInput): Promise<string> {
    assertCan(actor, 'governance:plan');
    if (!isUuid(initiativeId) || !(await repository.findInitiative(this.db, initiativeId)))
      throw notFound('governance.initiative.notFound');
    const problems: FieldProblem[] = [];
    if (!input.description.trim())
      problems.push({ field: 'description', key: 'governance.benefit.description.required' });
    const figure = input.keyFigure ? keyFigure(input.keyFigure) : undefined;
    if (input.keyFigure && !figure) problems.push({ field: 'keyFigure', key: 'governance.benefit.unknownFigure' });
    if (!(benefitUnits as readonly string[]).includes(input.unit))
      problems.push({ field: 'unit', key: 'governance.code.invalid' });
    else if (figure && figure.unit !== input.unit)
      problems.push({
        field: 'unit',
        key: 'governance.benefit.wrongUnit',
        values: { figure: figure.id, unit: figure.unit },
      });
    const [baseline, target] = [number(input.baseline), number(input.target)];
    if (baseline === null) problems.push({ field: 'baseline', key: 'governance.benefit.number' });
    if (target === null) problems.push({ field: 'target', key: 'governance.benefit.number' });
    refuseWith('governance.benefit.invalid', problems);
    return this.db.transaction().execute(async (trx) => {
      const id = await repository.insertBenefit(trx, {
        initiative_id: initiativeId,
        description: input.description.trim(),
        key_figure: figure?.id ?? null,
        unit: input.unit,
        baseline: baseline!,
        target: target!,
        realised_entered: null,
        note: input.note.trim(),
      });
      await audit(trx, actor, 'governance:benefit-add', initiativeId);
      return id;
    });
  }

  /** A letter sent: counted once per event into the year's printed or digital letters. */
  countLetter(eventId: string, channel: 'digital' | 'print', sentAt: string, executor: Executor): Promise<boolean> {
    const year = Number(danishDay(new Date(sentAt)).slice(0, 4));
    const figure = channel === 'print' ? 'post.letters-printed' : 'post.letters-digital';
    return repository.countEvent(executor, eventId, figure, year);
  }
}

/** Øre as a Danish amount the form reads back (`1.250.000` or `87.500,50`). */
function formatOre(ore: number): string {
  const whole = Math.floor(ore / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return ore % 100 ? `${whole},${String(ore % 100).padStart(2, '0')}` : whole;
}

function toBenefit(row: repository.BenefitRow, counts: ReadonlyMap<string, number>): Benefit {
  const [baseline, target] = [Number(row.baseline), Number(row.target)];
  const measured = row.key_figure
    ? figureValue(row.key_figure, counts)
    : row.realised_entered === null
      ? null
      : Number(row.realised_entered);
  const gain = measured === null ? null : realisedGain(baseline, target, measured);
  return {
    description: row.description,
    keyFigure: row.key_figure,
    unit: row.unit,
    baseline,
    target,
    measured,
    expected: Math.abs(target - baseline),
    realised: gain?.realised ?? null,
    deviation: gain?.deviation ?? null,
    note: row.note,
  };
}

function summarise(entries: ReadonlyArray<{ kind: string; amount_ore: string | number }>): PoolSummary {
  const total = (kind: string) =>
    entries.filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + Number(entry.amount_ore), 0);
  const [deposits, grants, repayments] = [total('deposit'), total('grant'), total('repayment')];
  return {
    deposits,
    grants,
    repayments,
    balance: deposits + repayments - grants,
    selfFinancing: grants ? Math.round((repayments / grants) * 1000) / 10 : null,
  };
}
