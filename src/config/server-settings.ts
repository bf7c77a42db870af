import { z } from 'zod';
import { flag } from './flag.ts';

/** Where and how the HTTP server runs. */
export const serverSettings = {
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development')
    .describe('Run mode; production turns off the test identity provider and demo data'),
  HOST: z.string().default('0.0.0.0').describe('Address the HTTP server binds to'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('Port the HTTP server listens on'),
  PUBLIC_URL: z.url().optional().describe('URL citizens reach the service on (default http://localhost:PORT)'),
  TRUST_PROXY: flag('Trust X-Forwarded-* headers from a reverse proxy (set when behind HTTPS termination)').default(
    false,
  ),
};
