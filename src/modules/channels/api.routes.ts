import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ChannelsService } from './channels.service.ts';
import { InquiryBatchRequest, InquiryBatchResponse, toSystemInquiry } from './inquiry-api.schemas.ts';

/** Other systems register contacts (telephony, line-of-business systems): one or a batch, all or none. */
export function registerChannelsApiRoutes(app: FastifyInstance, channels: ChannelsService): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/inquiries',
    {
      config: { permission: 'channels:register', idempotent: true },
      schema: {
        operationId: 'registerInquiries',
        tags: ['channels'],
        summary: 'Register one contact, or a batch of up to 1,000 (send an Idempotency-Key)',
        body: InquiryBatchRequest,
        response: { 201: InquiryBatchResponse },
      },
    },
    async (request, reply) => {
      const items = 'inquiries' in request.body ? request.body.inquiries : [request.body];
      const ids = await channels.systems.register(
        request.principal!,
        items.map((item) => toSystemInquiry(request.principal!.id, item)),
      );
      return reply.code(201).send({ registered: ids.length, ids });
    },
  );
}
