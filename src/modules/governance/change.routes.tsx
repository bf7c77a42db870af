import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { attemptForm } from '#platform/views/form-problems.ts';
import { formValues } from './form-values.ts';
import type { GovernanceService } from './governance.service.ts';
import { IdParams, systemRecord } from './register.routes.tsx';
import { systemPageProps } from './system-page-props.ts';
import { governancePaths } from './views/paths.ts';
import { SystemPage } from './views/staff/system-page.tsx';
import type { SystemFormState } from './views/staff/system-forms.tsx';

const ContractForm = formValues([
  'supplier',
  'contractNumber',
  'startsOn',
  'endsOn',
  'terminationDeadline',
  'ownerStaffId',
  'paymentModel',
  'costYear',
  'costKind',
  'costPayer',
  'costBudget',
  'costActual',
]);
const IncidentForm = formValues(['severity', 'startedAt', 'respondedAt', 'endedAt']);
const DutyForm = formValues(['duty', 'status', 'evidence', 'nextReview']);
const RoleForm = formValues(['role', 'staffId']);
const RemoveRoleForm = formValues(['holder']);

/** A cost line's problems (`costs.0.budget`) shown beside the form's cost fields (`costBudget`). */
const costFields = Object.fromEntries(
  ['year', 'kind', 'payer', 'budget', 'actual'].map((field) => [
    `costs.0.${field}`,
    `cost${field[0].toUpperCase()}${field.slice(1)}`,
  ]),
);

const change = { config: { permission: 'governance:change', ...systemRecord } } as const;

/** A system owner changes their system: a duty reviewed, a contract with its first cost line, an incident. */
export function registerChangeRoutes(app: FastifyInstance, governance: GovernanceService): void {
  /** Shows the system page again with the refused form's values and errors (400), or goes back to it saved (303). */
  async function answer(
    request: FastifyRequest,
    reply: FastifyReply,
    state: Omit<SystemFormState, 'errors'>,
    work: () => Promise<unknown>,
    rename: Record<string, string> = {},
  ) {
    const { id } = IdParams.parse(request.params);
    const outcome = await attemptForm(work, { rename });
    if (outcome.ok) return reply.redirect(`${governancePaths.system(id)}?saved=${state.form}`, 303);
    const props = await systemPageProps(governance, request.principal!, id);
    return reply.page(() => <SystemPage {...props} state={{ ...state, errors: outcome.errors }} />, 400);
  }

  app.post('/staff/governance/systems/:id/contracts', change, async (request, reply) => {
    const values = ContractForm(request.body);
    const cost = {
      year: values.costYear,
      kind: values.costKind,
      payer: values.costPayer,
      budget: values.costBudget,
      actual: values.costActual,
    };
    const id = IdParams.parse(request.params).id;
    const work = () => governance.contracts.add(request.principal!, id, values, values.costBudget ? [cost] : []);
    return answer(request, reply, { form: 'contract', values }, work, costFields);
  });

  app.post('/staff/governance/systems/:id/incidents', change, async (request, reply) => {
    const values = IncidentForm(request.body);
    const id = IdParams.parse(request.params).id;
    return answer(request, reply, { form: 'incident', values }, () =>
      governance.slas.recordIncident(request.principal!, id, values),
    );
  });

  const admin = { config: { permission: 'governance:admin', ...systemRecord } } as const;
  app.post('/staff/governance/systems/:id/roles', admin, async (request, reply) => {
    const values = RoleForm(request.body);
    const id = IdParams.parse(request.params).id;
    return answer(request, reply, { form: 'role', values }, () =>
      governance.register.assignRole(request.principal!, id, values.role, values.staffId),
    );
  });

  app.post('/staff/governance/systems/:id/roles/remove', admin, async (request, reply) => {
    const values = RemoveRoleForm(request.body);
    const [role = '', staffId = ''] = values.holder.split('|');
    const id = IdParams.parse(request.params).id;
    return answer(request, reply, { form: 'role-remove', values }, () =>
      governance.register.removeRole(request.principal!, id, role, staffId),
    );
  });

  app.post('/staff/governance/systems/:id/incidents/import', change, async (request, reply) => {
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const file = body.file instanceof Buffer ? body.file.toString('utf8') : '';
    const id = IdParams.parse(request.params).id;
    return answer(request, reply, { form: 'incident-import', values: {} }, () =>
      governance.slas.importIncidents(request.principal!, id, file),
    );
  });

  app.post('/staff/governance/systems/:id/duties', change, async (request, reply) => {
    const values = DutyForm(request.body);
    const id = IdParams.parse(request.params).id;
    return answer(request, reply, { form: 'duty', values }, () =>
      governance.register.reviewDuty(request.principal!, id, values),
    );
  });
}
