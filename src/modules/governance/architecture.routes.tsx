import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from '#platform/auth/principal.ts';
import { can } from '#platform/auth/permissions.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { DecisionInput } from './decision-rules.ts';
import type { GovernanceService } from './governance.service.ts';
import { IdParams } from './register.routes.tsx';
import { governancePaths } from './views/paths.ts';
import { ArchitecturePage } from './views/staff/architecture-page.tsx';
import { DecisionPage } from './views/staff/decision-page.tsx';

const SearchQuery = z.object({ q: z.string().max(200).optional() }).catch({});
const decisionRecord = {
  record: false,
  recordless: 'a committee decision is the municipality’s own governance record, no citizen’s or business’s',
} as const;

/** The form's texts by name (values to show again), and the decision they make. */
function readDecision(
  body: unknown,
  principles: readonly string[],
): { values: Record<string, string>; input: DecisionInput } {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const read = (key: string) => (typeof source[key] === 'string' ? (source[key] as string).slice(0, 4000) : '');
  const names = ['committee', 'title', 'proposal', 'systemId', 'decision', 'conditions', 'decidedOn'];
  const values = Object.fromEntries(
    [...names, ...principles.flatMap((code) => [`assessment-${code}`, `reason-${code}`])].map((key) => [
      key,
      read(key),
    ]),
  );
  const assessments = Object.fromEntries(
    principles.map((code) => [code, { assessment: values[`assessment-${code}`], reason: values[`reason-${code}`] }]),
  );
  return { values, input: { ...(values as unknown as DecisionInput), assessments } };
}

/** The architecture committee: principles, the decision log (searchable) and its decisions on proposals. */
export function registerArchitectureRoutes(app: FastifyInstance, governance: GovernanceService): void {
  async function pageProps(request: FastifyRequest, actor: Principal, query: string) {
    const [principles, decisions] = await Promise.all([
      governance.architecture.principles(),
      governance.architecture.search(actor, query),
    ]);
    if (!can(actor, 'governance:decide')) return { principles, decisions, query };
    const systems = (await governance.register.list(actor)).map((system) => ({ value: system.id, label: system.name }));
    return { principles, decisions, query, form: { systems } };
  }

  app.get(governancePaths.architecture, { config: { permission: 'governance:read' } }, async (request, reply) => {
    const query = SearchQuery.parse(request.query ?? {}).q ?? '';
    const props = await pageProps(request, request.principal!, query);
    return reply.page(() => <ArchitecturePage {...props} />);
  });

  app.post(
    `${governancePaths.architecture}/decisions`,
    { config: { permission: 'governance:decide' } },
    async (request, reply) => {
      const actor = request.principal!;
      const codes = (await governance.architecture.principles()).map((principle) => principle.code);
      const { values, input } = readDecision(request.body, codes);
      const outcome = await attemptForm(() => governance.architecture.decide(actor, input));
      if (outcome.ok) return reply.redirect(governancePaths.decision(outcome.value), 303);
      const props = await pageProps(request, actor, '');
      return reply.page(
        () => <ArchitecturePage {...props} form={{ ...props.form!, values, errors: outcome.errors }} />,
        400,
      );
    },
  );

  app.get(
    '/staff/governance/architecture/decisions/:id',
    { config: { permission: 'governance:read', ...decisionRecord } },
    async (request, reply) => {
      const actor = request.principal!;
      const decision = await governance.architecture.get(actor, IdParams.parse(request.params).id);
      const systemName = decision.systemId ? (await governance.register.get(actor, decision.systemId)).name : undefined;
      return reply.page(() => <DecisionPage decision={decision} systemName={systemName} />);
    },
  );
}
