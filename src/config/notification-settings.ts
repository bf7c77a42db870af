import { z } from 'zod';

/** E-mail and SMS: the SMTP server, the SMS gateway and the delivery limits. */
export const notificationSettings = {
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .describe('SMTP server for e-mail; unset keeps e-mail in the local outbox'),
  MAIL_FROM: z.string().default('Raadhus <noreply@raadhus.local>').describe('Sender address of e-mail notifications'),
  SMS_PROVIDER_URL: z
    .url()
    .optional()
    .describe('Base URL of the SMS gateway; unset keeps SMS in the local development outbox'),
  SMS_API_KEY: z.string().optional().describe('API key for the SMS gateway'),
  SMS_SENDER: z.string().max(11).default('Raadhus').describe('Sender name shown on SMS (max 11 characters)'),
  SMS_WEBHOOK_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe(
      'Shared secret the SMS gateway sends with delivery-status callbacks (derived from SESSION_SECRET when unset)',
    ),
  NOTIFY_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(600)
    .describe('SMS and e-mails sent per minute per authority; more are delayed, never dropped'),
  NOTIFY_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .default(6)
    .describe('Delivery attempts of a notification before it is dead (shown to administrators)'),
  NOTIFY_RETRY_DELAY_SECONDS: z.coerce
    .number()
    .min(0)
    .default(30)
    .describe('Delay before the first retry of a failed notification; doubles on each attempt'),
  NOTIFY_SEND_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(50)
    .default(10000)
    .describe('Timeout of one request to the SMS gateway or the SMTP server'),
};
