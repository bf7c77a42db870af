import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ChannelsService } from './channels.service.ts';
import { InquiryBatchRequest, InquiryBatchResponse } from './inquiry-api.schemas.ts';

/** Other systems register contacts (telephony, line-of-business systems): one or a batch, all or none. */
export function registerChannelsApiRoutes(app: FastifyInstance, channels: ChannelsService): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/inquiries',
    {
      config: { permission: 'channels:register', idempotent: true },
      // the schema documents the request; the service reads it row by row, so a refusal names each bad row and field
      attachValidation: true,
      schema: {
        operationId: 'registerInquiries',
        tags: ['channels'],
        summary: 'Register one contact, or a batch of up to 1,000 (send an Idempotency-Key)',
        body: InquiryBatchRequest,
        response: { 201: InquiryBatchResponse },
      },
    },
    async (request, reply) => {
      const ids = await channels.systems.registerRequest(request.principal!, request.body as unknown);
      return reply.code(201).send({ registered: ids.length, ids });
    },
  );
}
