import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { fieldMessages, HttpProblem } from '#platform/http/problem.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import { attemptForm } from '#platform/views/form-problems.ts';
import { ALL_DEPARTMENTS, apiClientProblems, type IdentityService } from './identity.service.ts';
import { EditStaffPage, StaffListPage, type StaffRolesForm } from './views/admin/staff-pages.tsx';
import { ApiClientsPage, ApiKeyCreatedPage, type ApiClientForm } from './views/admin/api-client-pages.tsx';

const IdParams = z.object({ id: z.uuid() });
/** A repeated form field arrives as an array, a single one as a string, an absent one not at all. */
const manyValues = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : [value].flat()));

const StaffRolesBody = z.object({ roles: manyValues, departmentId: z.string().optional().default('') });
const ApiClientBody = z.object({
  name: z.string().optional().default(''),
  scopes: manyValues,
  departmentId: z.string().optional().default(''),
});

const idFrom = (params: unknown) => {
  const parsed = IdParams.safeParse(params);
  if (!parsed.success) throw new HttpProblem(404, 'error.404.text');
  return parsed.data.id;
};

/** Administrators: staff roles and departments, and the API clients of line-of-business systems. */
export function registerIdentityAdminRoutes(app: FastifyInstance, identity: IdentityService): void {
  app.get('/admin/staff', { config: { permission: 'identity:manage' } }, async (request, reply) => {
    const [staff, departments] = await Promise.all([
      identity.listStaff(request.principal!),
      identity.listDepartments(),
    ]);
    const saved = (request.query as Record<string, unknown>).saved === '1';
    return reply.page(() => <StaffListPage staff={staff} departments={departments} saved={saved} />);
  });

  app.get(
    '/admin/staff/:id',
    { config: { permission: 'identity:manage', record: 'staff-member' } },
    async (request, reply) => {
      const member = await identity.getStaffForAdministration(request.principal!, idFrom(request.params));
      const form: StaffRolesForm = { roles: member.roles, departmentId: member.departmentId ?? '' };
      const departments = await identity.listDepartments();
      return reply.page(() => <EditStaffPage member={member} departments={departments} form={form} errors={{}} />);
    },
  );

  app.post(
    '/admin/staff/:id',
    { config: { permission: 'identity:manage', record: 'staff-member' } },
    async (request, reply) => {
      const actor = request.principal!;
      const member = await identity.getStaffForAdministration(actor, idFrom(request.params));
      const body = StaffRolesBody.parse(request.body ?? {});
      const saved = await attemptForm(
        () => identity.setStaffRoles(actor, member.id, body.roles, body.departmentId || null),
        { field: (problem) => (problem.messageKey === 'identity.department.unknown' ? 'departmentId' : 'roles') },
      );
      if (!saved.ok) {
        const { errors } = saved;
        const departments = await identity.listDepartments();
        return reply.page(
          () => <EditStaffPage member={member} departments={departments} form={body} errors={errors} />,
          400,
        );
      }
      // New roles take effect at once: the staff member's sessions end and the next login carries the new roles.
      await app.sessions.destroyFor('staff', member.id);
      return reply.redirect('/admin/staff?saved=1', 303);
    },
  );

  app.get('/admin/api-clients', { config: { permission: 'identity:manage' } }, async (request, reply) => {
    const [clients, departments] = await Promise.all([
      identity.listApiClients(request.principal!),
      identity.listDepartments(),
    ]);
    const revoked = (request.query as Record<string, unknown>).revoked === '1';
    return reply.page(() => (
      <ApiClientsPage
        clients={clients}
        scopes={[...identity.integrationScopes]}
        departments={departments}
        form={{ name: '', scopes: [], departmentId: '' }}
        errors={{}}
        revoked={revoked}
      />
    ));
  });

  app.post('/admin/api-clients', { config: { permission: 'identity:manage' } }, async (request, reply) => {
    const actor = request.principal!;
    const body = ApiClientBody.parse(request.body ?? {});
    const form: ApiClientForm = { name: body.name.trim(), scopes: body.scopes, departmentId: body.departmentId };
    const departments = await identity.listDepartments();
    const known = departments.map((department) => department.id);
    const problems = apiClientProblems(form, identity.integrationScopes, known);
    if (problems.length) {
      const clients = await identity.listApiClients(actor);
      // the messages are looked up while the page renders: in the page's language
      return reply.page(
        () => (
          <ApiClientsPage
            clients={clients}
            scopes={[...identity.integrationScopes]}
            departments={departments}
            form={form}
            errors={fieldMessages(problems)}
            revoked={false}
          />
        ),
        400,
      );
    }
    const created = await identity.createApiClient(actor, {
      name: form.name,
      scopes: form.scopes,
      departmentId: form.departmentId === ALL_DEPARTMENTS ? null : form.departmentId,
    });
    return reply.page(() => <ApiKeyCreatedPage name={form.name} keyValue={created.key} />, 201);
  });

  app.post(
    '/admin/api-clients/:id/revoke',
    { config: { permission: 'identity:manage', record: 'api-client' } },
    async (request, reply) => {
      await identity.revokeApiClient(request.principal!, idFrom(request.params));
      return reply.redirect('/admin/api-clients?revoked=1', 303);
    },
  );
}
