import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { InsightService } from './insight.service.ts';
import { FigureParams, ObservationBatchRequest, ObservationBatchResponse } from './observation-api.schemas.ts';

/** Line-of-business systems push the figures Raadhus cannot compute itself (telephony waiting times, costs). */
export function registerInsightApiRoutes(app: FastifyInstance, insight: InsightService): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/key-figures/:id/observations',
    {
      config: {
        permission: 'insight:observe',
        idempotent: true,
        record: false,
        recordless: 'a key figure is the municipality’s anonymous aggregate, not anyone’s record',
      },
      schema: {
        operationId: 'pushKeyFigureObservations',
        tags: ['insight'],
        summary: 'Push daily observations of a key figure, a batch of up to 1,000 (send an Idempotency-Key)',
        params: FigureParams,
        body: ObservationBatchRequest,
        response: { 201: ObservationBatchResponse },
      },
    },
    async (request, reply) => {
      const result = await insight.observations.push(request.principal!, request.params.id, request.body.observations);
      return reply.code(201).send(result);
    },
  );
}
