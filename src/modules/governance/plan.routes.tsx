import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '#platform/auth/permissions.ts';
import { withLocale } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { formValues } from './form-values.ts';
import type { InitiativeInput } from './initiative-input.ts';
import { IdParams } from './register.routes.tsx';
import { InitiativePage } from './views/staff/initiative-page.tsx';
import type { GovernanceService } from './governance.service.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { governancePaths } from './views/paths.ts';
import { PlanPage } from './views/staff/plan-page.tsx';

const InitiativeForm = formValues([
  'year',
  'title',
  'focusArea',
  'departmentCode',
  'ownerStaffId',
  'phase',
  'status',
  'budget',
  'funding',
  'goLive',
] as const);
const initiativeRecord = {
  record: false,
  recordless: 'an initiative of the action plan is the municipality’s own plan, no citizen’s or business’s record',
} as const;
const plan = { config: { permission: 'governance:plan' } } as const;
const SavedQuery = z.object({ saved: z.enum(['initiative']).optional() }).catch({});

const YearQuery = z.object({ year: z.string().max(10).optional() }).catch({});

/** The year asked for (2000–2100), or this year. */
function yearOf(query: unknown): number {
  const asked = Number(YearQuery.parse(query ?? {}).year);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(danishDay().slice(0, 4));
}

/** The digitalisation group's board: the year's action plan, its gains and the strategy pool. */
export function registerPlanRoutes(app: FastifyInstance, governance: GovernanceService): void {
  app.get(governancePaths.plan, { config: { permission: 'governance:read' } }, async (request, reply) => {
    const year = yearOf(request.query);
    const { initiatives, pool } = await governance.plan.board(request.principal!, year);
    const mayPlan = can(request.principal!, 'governance:plan');
    const saved = SavedQuery.parse(request.query ?? {}).saved;
    return reply.page(() => (
      <PlanPage year={year} initiatives={initiatives} pool={pool} mayPlan={mayPlan} saved={saved} />
    ));
  });

  async function form(reply: FastifyReply, id: string | undefined, values: InitiativeInput, status = 200, errors = {}) {
    const people = await governance.plan.ownerChoices(reply.request.principal!);
    const departments = await governance.register.departmentChoices();
    const props = { id, values: { ...values }, people, departments, errors };
    return reply.page(() => <InitiativePage {...props} />, status);
  }

  async function save(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const values = InitiativeForm(request.body);
    const actor = request.principal!;
    const outcome = await attemptForm(() =>
      withLocale(request.locale, () => governance.plan.saveInitiative(actor, id, values)),
    );
    if (outcome.ok) return reply.redirect(`${governancePaths.plan}?year=${values.year}&saved=initiative`, 303);
    return form(reply, id, values, 400, outcome.errors);
  }

  app.get(governancePaths.newInitiative, plan, async (request, reply) => {
    const year = String(yearOf(request.query));
    const blank = { title: '', departmentCode: '', ownerStaffId: '', budget: '', goLive: '' };
    const values = { ...blank, year, focusArea: 'self-service', phase: 'idea', status: 'green', funding: 'central' };
    return form(reply, undefined, values);
  });

  app.post(governancePaths.createInitiative, plan, (request, reply) => save(request, reply, undefined));

  const edit = { config: { permission: 'governance:plan', ...initiativeRecord } } as const;
  app.get('/staff/governance/plan/initiatives/:id/edit', edit, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    return form(reply, id, await governance.plan.initiativeForm(request.principal!, id));
  });

  app.post('/staff/governance/plan/initiatives/:id/edit', edit, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    await governance.plan.initiativeForm(request.principal!, id);
    return save(request, reply, id);
  });
}
