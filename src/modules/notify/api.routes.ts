import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReminderService, ReminderView } from './reminder.service.ts';
import type { DeliveryService } from './delivery.service.ts';

export const ScheduleReminderRequest = z.object({
  recipient: z
    .union([
      z.object({ cpr: z.string().regex(/^\d{6}-?\d{4}$/) }),
      z.object({ cvr: z.string().regex(/^\d{8}$/) }),
      z.object({ personId: z.uuid() }),
      z.object({ businessId: z.uuid() }),
    ])
    .describe('by CPR or CVR (the look-up is audited), or by the internal person/business id'),
  startsAt: z.iso.datetime({ offset: true }).describe('when the appointment or meeting starts (ISO 8601 with offset)'),
  place: z.string().min(1).max(200),
  text: z.string().min(1).max(300).describe('shown in the SMS/e-mail: no sensitive details'),
  leadTimeHours: z.number().int().min(1).max(336).describe('hours before startsAt the reminder is sent'),
  caseId: z.string().max(100).optional(),
});
export const ReminderResponse = z.object({
  id: z.uuid(),
  status: z.enum(['scheduled', 'sent', 'cancelled']),
  startsAt: z.string(),
  sendAt: z.string(),
  place: z.string(),
  text: z.string(),
  leadTimeHours: z.number().int(),
  caseId: z.string().nullable(),
});
export const ReminderParams = z.object({ id: z.uuid() });
export const SmsDeliveryReport = z.object({
  id: z.union([z.number(), z.string().max(100)]),
  msisdn: z.union([z.number(), z.string().max(20)]).optional(),
  status: z.string().max(40),
  error: z.string().max(500).nullable().optional(),
  time: z.union([z.number(), z.string()]).optional(),
});
export const SmsDeliveryQuery = z.object({ token: z.string().max(200).optional() });

const presentReminder = (reminder: ReminderView): z.infer<typeof ReminderResponse> => ({
  id: reminder.id,
  status: reminder.status,
  startsAt: reminder.startsAt.toISOString(),
  sendAt: reminder.sendAt.toISOString(),
  place: reminder.place,
  text: reminder.text,
  leadTimeHours: reminder.leadTimeHours,
  caseId: reminder.caseId,
});

/** The integration API: reminders for line-of-business systems, and the SMS gateway's delivery reports. */
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
