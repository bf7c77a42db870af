import { z } from 'zod';
import { flag } from './flag.ts';

/** Sessions and the identity provider (OpenID Connect), or the built-in test provider. */
export const loginSettings = {
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('Secret that signs session cookies (required in production)'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('A session ends after this many minutes without requests'),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(8)
    .describe('A session ends this many hours after login, active or not'),
  OIDC_ISSUER: z
    .url()
    .optional()
    .describe(
      'Issuer URL of the identity provider (NemLog-in/MitID or any OIDC provider); unset uses the built-in test provider',
    ),
  OIDC_ALLOW_HTTP_LOOPBACK: flag(
    'Allow an http:// OIDC_ISSUER on a loopback address in production (tests of a production build only)',
  ).default(false),
  OIDC_CLIENT_ID: z.string().optional().describe('Client id registered with the identity provider'),
  OIDC_CLIENT_SECRET: z.string().optional().describe('Client secret registered with the identity provider'),
  TEST_IDP: flag('Mount the built-in test identity provider at /idp (never in production)').optional(),
};
