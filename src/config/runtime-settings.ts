import { z } from 'zod';
import { flag } from './flag.ts';

/** Demo data, which work this process does, logging and request limits. */
export const runtimeSettings = {
  DEMO_DATA: flag('Seed the demo municipality, test citizens, businesses and staff on first start').optional(),
  RUN_MODE: z
    .enum(['all', 'web', 'worker'])
    .default('all')
    .describe('all: HTTP server and queue workers; web: HTTP only; worker: queue workers only (scale-out)'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Minimum level written to the JSON log'),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(600)
    .describe('Requests per minute per client on pages and APIs'),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe('Login attempts per minute per client'),
  FRONTDESK_CHAT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(30)
    .describe('Days an anonymous web chat keeps its messages after it ended (a daily job deletes them)'),
};
