import { z } from 'zod';
import type { ReminderView } from './reminder.service.ts';

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

/** A reminder as the API returns it. */
export const presentReminder = (reminder: ReminderView): z.infer<typeof ReminderResponse> => ({
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
