import { z } from 'zod';
import { flag } from './flag.ts';

/** Where and how the HTTP server runs. */
export const serverSettings = {
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development')
    .describe('Run mode; production turns off the test identity provider and demo data'),
  HOST: z
    .string()
    .default('127.0.0.1')
    .describe('Address the HTTP server binds to (loopback by default; 0.0.0.0 to be reached from other machines)'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('Port the HTTP server listens on'),
  PUBLIC_URL: z
    .url()
    .optional()
    .describe(
      'URL people open the service on; logins return to it (default http://HOST:PORT, http://localhost:PORT when HOST is 0.0.0.0)',
    ),
  TRUST_PROXY: flag('Trust X-Forwarded-* headers from a reverse proxy (set when behind HTTPS termination)').default(
    false,
  ),
};

/**
 * Without PUBLIC_URL the service is reached on the address it binds to, so a login started on http://127.0.0.1:3000
 * returns there (not to localhost, where the session cookie is not). A wildcard bind has no one address: localhost.
 */
export function defaultPublicUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const name = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
