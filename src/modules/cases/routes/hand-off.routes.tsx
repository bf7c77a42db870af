import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { fieldMessages, HttpProblem } from '#platform/http/problem.ts';
import { formErrorsOf } from '#platform/views/form-problems.ts';
import { handOffProblems, type CasesService } from '../cases.service.ts';
import { ConflictPage } from '../views/staff/conflict-page.tsx';
import type { CaseResponses } from './case-responses.tsx';
import { IdParams, updateCase, Version } from './staff-route-common.ts';

const HandOffBody = z.object({
  version: Version,
  department: z.string().max(60).default(''),
  reason: z.string().max(2000).default(''),
});

/** Handing a case off to another department, with a reason; the caseworker goes back to the queue. */
export function registerHandOffRoutes(
  app: FastifyInstance,
  service: CasesService,
  { renderCase }: CaseResponses,
): void {
  app.post('/staff/cases/:id/hand-off', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = HandOffBody.parse(request.body ?? {});
    const problems = handOffProblems(body);
    if (problems.length) return renderCase(request, reply, id, { status: 400, errors: fieldMessages(problems) });
    try {
      await service.handOff(request.principal!, id, body.version, body.department, body.reason.trim());
    } catch (error) {
      if (error instanceof HttpProblem && error.statusCode === 409)
        return reply.page(
          () => (
            <ConflictPage
              caseId={id}
              message={error.detail}
              typed={[{ label: t('cases.handOff.reason'), value: body.reason }]}
            />
          ),
          409,
        );
      return renderCase(request, reply, id, { status: 400, errors: formErrorsOf(error, { field: 'department' }) });
    }
    // the case has left the caller's department: back to the queue
    return reply.redirect('/staff/cases?notice=handedOff', 303);
  });
}
