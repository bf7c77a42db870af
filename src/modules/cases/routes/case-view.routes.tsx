import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpProblem } from '#platform/http/problem.ts';
import type { CasesService } from '../cases.service.ts';
import { ConflictPage } from '../views/staff/conflict-page.tsx';
import type { CaseResponses } from './case-responses.tsx';
import { IdParams, readCase, updateCase, Version } from './staff-route-common.ts';

const AssignBody = z.object({
  version: Version,
  assignee: z.string().max(100).default(''),
  returnTo: z.string().max(2000).optional(),
});

/** The case page, and assigning the case (from the case page or from the queue). */
export function registerCaseViewRoutes(
  app: FastifyInstance,
  service: CasesService,
  { renderCase, changeOrExplain }: CaseResponses,
): void {
  app.get('/staff/cases/:id', readCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const notice = z
      .object({
        notice: z
          .string()
          .regex(/^[a-zA-Z]+$/)
          .max(40)
          .optional()
          .catch(undefined),
      })
      .parse(request.query ?? {}).notice;
    return renderCase(request, reply, id, { notice });
  });

  app.post('/staff/cases/:id/assign', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = AssignBody.parse(request.body ?? {});
    const principal = request.principal!;
    const assignee = body.assignee === 'me' ? principal.id : body.assignee || null;
    if (body.returnTo?.startsWith('/staff/cases?')) {
      try {
        await service.assign(principal, id, body.version, assignee);
      } catch (error) {
        if (error instanceof HttpProblem && error.statusCode === 409)
          return reply.page(() => <ConflictPage caseId={id} message={error.detail} typed={[]} />, 409);
        throw error;
      }
      return reply.redirect(`${body.returnTo}&notice=assigned`, 303);
    }
    return changeOrExplain(request, reply, id, () => service.assign(principal, id, body.version, assignee), 'assigned');
  });
}
