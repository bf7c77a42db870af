import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CasesService } from '../cases.service.ts';
import { IdParams, problems, TransitionRequest } from './case-api-requests.ts';
import { CaseResponse, toResponse } from './case-response.ts';
import { ifMatch } from './if-match.ts';

/** The integration API's workflow transitions: taken with the version read, refused with the guards' reasons. */
export function registerTransitionApiRoutes(app: FastifyInstance, service: CasesService, purpose: string): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/cases/:id/transitions',
    {
      config: { permission: 'case:transition', idempotent: true, record: 'case' },
      schema: {
        operationId: 'transitionCase',
        tags: ['cases'],
        summary: 'Take a workflow transition (422 with the reasons when the workflow refuses it)',
        params: IdParams,
        body: TransitionRequest,
        response: { 200: CaseResponse, ...problems },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const version = ifMatch(request.headers['if-match']) ?? body.version;
      await service.transition(request.principal!, request.params.id, {
        transitionId: body.transition,
        version,
        note: body.note,
        appointment: body.appointment
          ? { startsAt: new Date(body.appointment.startsAt), place: body.appointment.place }
          : undefined,
      });
      const detail = await service.getCase(request.principal!, request.params.id, purpose);
      return reply.header('etag', `"${detail.version}"`).send(toResponse(detail));
    },
  );
}
