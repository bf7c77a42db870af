import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from '#platform/auth/principal.ts';
import { can } from '#platform/auth/permissions.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { GovernanceService } from './governance.service.ts';
import { mayChangeSecurity } from './governance.policy.ts';
import { IdParams, systemRecord } from './register.routes.tsx';
import { ORGANISATION } from './security.service.ts';
import { governancePaths } from './views/paths.ts';
import type { SecurityFormState } from './views/staff/security-forms.tsx';
import { SecurityPage, type SecurityPageProps } from './views/staff/security-page.tsx';

const SavedQuery = z.object({ saved: z.enum(['risk', 'control']).optional() }).catch({});
const text = (body: Record<string, unknown>, key: string) =>
  typeof body[key] === 'string' ? (body[key] as string).slice(0, 4000) : '';
const texts = (body: Record<string, unknown>, key: string) =>
  [body[key] ?? []]
    .flat()
    .filter((value): value is string => typeof value === 'string')
    .slice(0, 10);
const bodyOf = (request: FastifyRequest) =>
  (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;

async function pageProps(governance: GovernanceService, actor: Principal, scope: string): Promise<SecurityPageProps> {
  const statement = await governance.security.statement(actor, scope);
  const progress = governance.security.progress(statement);
  if (scope === ORGANISATION) return { statement, progress, mayChange: actor.roles.includes('administrator') };
  const system = await governance.register.get(actor, scope);
  const risks = await governance.security.risks(actor, scope);
  const mayChange = can(actor, 'governance:change') && mayChangeSecurity(actor, system.roles);
  return { system: { id: system.id, name: system.name }, risks, statement, progress, mayChange };
}

/** Information security: a system's risks and statement of applicability, and the organisation's. */
export function registerSecurityRoutes(app: FastifyInstance, governance: GovernanceService): void {
  const scopeOf = (request: FastifyRequest) =>
    request.url.startsWith(governancePaths.organisationSecurity) ? ORGANISATION : IdParams.parse(request.params).id;
  const show = async (request: FastifyRequest, reply: FastifyReply) => {
    const props = await pageProps(governance, request.principal!, scopeOf(request));
    return reply.page(() => <SecurityPage {...props} saved={SavedQuery.parse(request.query ?? {}).saved} />);
  };
  async function answer(
    request: FastifyRequest,
    reply: FastifyReply,
    state: Omit<SecurityFormState, 'errors'>,
    work: (scope: string) => Promise<unknown>,
  ) {
    const scope = scopeOf(request);
    const outcome = await attemptForm(() => work(scope));
    const page = scope === ORGANISATION ? governancePaths.organisationSecurity : governancePaths.security(scope);
    if (outcome.ok) return reply.redirect(`${page}?saved=${state.form}`, 303);
    const props = await pageProps(governance, request.principal!, scope);
    return reply.page(() => <SecurityPage {...props} state={{ ...state, errors: outcome.errors }} />, 400);
  }
  const controlOf = (body: Record<string, unknown>) => ({
    code: text(body, 'code'),
    applicable: text(body, 'applicable'),
    reason: text(body, 'reason'),
    status: text(body, 'status'),
    evidence: text(body, 'evidence'),
    nextReview: text(body, 'nextReview'),
  });
  const read = { config: { permission: 'governance:read', ...systemRecord } } as const;
  const change = { config: { permission: 'governance:change', ...systemRecord } } as const;

  app.get(governancePaths.organisationSecurity, { config: { permission: 'governance:read' } }, show);
  app.get('/staff/governance/systems/:id/security', read, show);
  app.post(
    `${governancePaths.organisationSecurity}/controls`,
    { config: { permission: 'governance:change' } },
    (request, reply) => {
      const values = controlOf(bodyOf(request));
      return answer(request, reply, { form: 'control', values }, (scope) =>
        governance.security.setControl(request.principal!, scope, values),
      );
    },
  );
  app.post('/staff/governance/systems/:id/security/controls', change, (request, reply) => {
    const values = controlOf(bodyOf(request));
    return answer(request, reply, { form: 'control', values }, (scope) =>
      governance.security.setControl(request.principal!, scope, values),
    );
  });
  app.post('/staff/governance/systems/:id/security/risks', change, (request, reply) => {
    const body = bodyOf(request);
    const fields = [
      'threat',
      'likelihood',
      'consequence',
      'measures',
      'residualLikelihood',
      'residualConsequence',
      'nextRevision',
    ] as const;
    const values = {
      ...Object.fromEntries(fields.map((key) => [key, text(body, key)])),
      affects: texts(body, 'affects'),
    } as Record<(typeof fields)[number], string> & { affects: string[] };
    return answer(request, reply, { form: 'risk', values }, (scope) =>
      governance.security.addRisk(request.principal!, scope, values),
    );
  });
}
