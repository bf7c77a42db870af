import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { withLocale } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { formList, formValues } from './form-values.ts';
import type { GovernanceService } from './governance.service.ts';
import { IdParams, systemRecord } from './register.routes.tsx';
import type { SystemInput } from './system-input.ts';
import type { ItSystem } from './system.types.ts';
import { governancePaths } from './views/paths.ts';
import { SystemEditorPage } from './views/staff/system-editor-page.tsx';

const SystemForm = formValues([
  'name',
  'supplier',
  'description',
  'lifecycle',
  'criticality',
  'hosting',
  'personalData',
  'usersBand',
  'kle',
  'usageSource',
]);

/** The form's texts as a system's input: departments from the checkboxes, KLE numbers split on commas or spaces. */
function systemInput(body: unknown): { values: Record<string, string>; departmentCodes: string[]; input: SystemInput } {
  const values = SystemForm(body);
  const departmentCodes = formList(body, 'departmentCodes');
  const kle = values.kle.split(/[\s,;]+/).filter(Boolean);
  return { values, departmentCodes, input: { ...values, departmentCodes, kle } };
}

const valuesOf = (system: ItSystem): Record<string, string> => ({
  name: system.name,
  supplier: system.supplier,
  description: system.description,
  lifecycle: system.lifecycle,
  criticality: system.criticality,
  hosting: system.hosting,
  personalData: system.personalData,
  usersBand: system.usersBand,
  kle: system.kle.join(', '),
  usageSource: system.usageSource ?? '',
});

const fresh = { lifecycle: 'planned', criticality: 'medium', hosting: 'outsourced', personalData: 'none' };

/** Adding a system to the register (administrator) and correcting one's facts (those who answer for it). */
export function registerEditorRoutes(app: FastifyInstance, governance: GovernanceService): void {
  async function editor(
    request: FastifyRequest,
    reply: FastifyReply,
    systemId: string | undefined,
    work: (input: SystemInput) => Promise<string>,
  ) {
    const { values, departmentCodes, input } = systemInput(request.body);
    const outcome = await attemptForm(() => withLocale(request.locale, () => work(input)));
    if (outcome.ok) return reply.redirect(`${governancePaths.system(outcome.value)}?saved=system`, 303);
    const departments = await governance.register.departmentChoices();
    const props = { systemId, values, departmentCodes, departments, errors: outcome.errors };
    return reply.page(() => <SystemEditorPage {...props} />, 400);
  }

  const admin = { config: { permission: 'governance:admin' } } as const;
  app.get(governancePaths.newSystem, admin, async (_request, reply) => {
    const departments = await governance.register.departmentChoices();
    return reply.page(() => <SystemEditorPage values={fresh} departmentCodes={[]} departments={departments} />);
  });

  app.post(governancePaths.createSystem, admin, async (request, reply) => {
    const actor = request.principal!;
    return editor(request, reply, undefined, (input) => governance.register.create(actor, input));
  });

  const change = { config: { permission: 'governance:change', ...systemRecord } } as const;
  app.get('/staff/governance/systems/:id/edit', change, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const system = await governance.register.assertMayChange(request.principal!, id);
    const departments = await governance.register.departmentChoices();
    return reply.page(() => (
      <SystemEditorPage
        systemId={id}
        values={valuesOf(system)}
        departmentCodes={system.departmentCodes}
        departments={departments}
      />
    ));
  });

  app.post('/staff/governance/systems/:id/edit', change, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const actor = request.principal!;
    await governance.register.assertMayChange(actor, id);
    return editor(request, reply, id, async (input) => {
      await governance.register.update(actor, id, input);
      return id;
    });
  });
}
