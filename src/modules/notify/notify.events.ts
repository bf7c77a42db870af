import { z } from 'zod';
import { defineEvent } from '#platform/events/event.ts';

/**
 * What the notify module tells other modules. Ids, codes and times only: never the address, the
 * recipient's name or the notification's wording (the schemas are strict).
 */

const notification = {
  notificationId: z.uuid(),
  /** what the notification was about: new post, an appointment reminder, a contact point's verification code */
  kind: z.enum(['new-post', 'reminder', 'verification', 'bench', 'nem-sms', 'service-link', 'direct-email']),
  /** the thing it was about (the message for new post, the reminder), by id */
  sourceId: z.string().min(1).max(100),
  channel: z.enum(['sms', 'email']),
  /** the authority (department code) it was sent for */
  authorityCode: z.string().min(1),
};

export const NotifyDelivered = defineEvent({
  name: 'notify.delivered',
  version: 1,
  description: 'An SMS or e-mail was accepted by the SMS gateway or the mail server.',
  payload: z
    .object({ ...notification, attempt: z.number().int().positive(), deliveredAt: z.iso.datetime({ offset: true }) })
    .strict(),
});

export const NotifyFailed = defineEvent({
  name: 'notify.failed',
  version: 1,
  description: 'An SMS or e-mail was given up: refused for good, or dead after its last attempt.',
  payload: z
    .object({
      ...notification,
      /** `refused`: the gateway or mail server refused it for good; `dead`: every attempt failed */
      outcome: z.enum(['refused', 'dead']),
      attempt: z.number().int().positive(),
      failedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const notifyEvents = [NotifyDelivered, NotifyFailed];
