import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReminderService } from './reminder.service.ts';
import type { DeliveryService } from './delivery.service.ts';
import {
  presentReminder,
  ReminderParams,
  ReminderResponse,
  ScheduleReminderRequest,
  SmsDeliveryQuery,
  SmsDeliveryReport,
} from './api.schemas.ts';

export function registerNotifyApiRoutes(
  app: FastifyInstance,
  reminders: ReminderService,
  delivery: DeliveryService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/reminders',
    {
      config: { permission: 'notify:remind', idempotent: true },
      schema: {
        operationId: 'scheduleReminder',
        tags: ['notify'],
        summary: 'Schedule an SMS/e-mail reminder of an appointment (send an Idempotency-Key)',
        body: ScheduleReminderRequest,
        response: { 201: ReminderResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const reminder = await reminders.scheduleFor(request.principal!, { ...body, startsAt: new Date(body.startsAt) });
      return reply.code(201).send(presentReminder(reminder));
    },
  );

  api.get(
    '/api/v1/reminders/:id',
    {
      config: { permission: 'notify:remind', record: 'reminder' },
      schema: {
        operationId: 'getReminder',
        tags: ['notify'],
        summary: 'A reminder this client scheduled',
        params: ReminderParams,
        response: { 200: ReminderResponse },
      },
    },
    async (request) => presentReminder(await reminders.get(request.principal!, request.params.id)),
  );

  api.delete(
    '/api/v1/reminders/:id',
    {
      config: { permission: 'notify:remind', record: 'reminder' },
      schema: {
        operationId: 'cancelReminder',
        tags: ['notify'],
        summary: 'Cancel a reminder (the appointment was cancelled); idempotent',
        params: ReminderParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await reminders.cancelNow(request.principal!, request.params.id);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/v1/notify/sms/status',
    {
      // Public: the SMS gateway calls it. It is authenticated by the shared token (query or X-Webhook-Token), checked in the service.
      config: { access: 'public' },
      schema: {
        operationId: 'reportSmsDelivery',
        tags: ['notify'],
        summary: 'Delivery report from the SMS gateway (shared-token authenticated)',
        security: [],
        querystring: SmsDeliveryQuery,
        body: SmsDeliveryReport,
        response: {
          200: z.object({ updated: z.number().int() }),
          401: z.unknown().describe('No shared token, or a wrong one.'),
        },
      },
    },
    async (request) => {
      const header = request.headers['x-webhook-token'];
      const token = request.query.token ?? (typeof header === 'string' ? header : undefined);
      return delivery.handleDeliveryReport(token, { id: request.body.id, status: request.body.status });
    },
  );
}
