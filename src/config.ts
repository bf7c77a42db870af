import { z } from 'zod';

/** Parses "true"/"false"/"1"/"0" from the environment; zod's coerce.boolean treats "false" as true. */
const flag = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'])
    .transform((value) => value === 'true' || value === '1')
    .describe(description);

/**
 * Without PUBLIC_URL the service is reached on the address it binds to, so a login started on http://127.0.0.1:3000
 * returns there (not to localhost, where the session cookie is not). A wildcard bind has no one address: localhost.
 */
export function defaultPublicUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const name = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** Every environment variable Raadhus reads, each with a one-line description (shown in `.env.example`). */
export const ConfigSchema = z.object({
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
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .describe('PostgreSQL server; when unset the embedded PGlite database in DATA_DIR is used'),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL identifier')
    .default('public')
    .describe('Schema Raadhus keeps its tables in (the queue uses <schema>_queue)'),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(10)
    .describe('Connections in the pool to the PostgreSQL server'),
  DATA_DIR: z.string().default('./data').describe('Folder of the embedded database (used when DATABASE_URL is unset)'),
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
});

export type Config = z.infer<typeof ConfigSchema> & {
  publicUrl: string;
  testIdp: boolean;
  demoData: boolean;
  sessionSecret: string;
  secureCookies: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const DEVELOPMENT_SESSION_SECRET = 'raadhus-development-secret-do-not-use-in-production';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on a loopback address when explicitly allowed; an unparsable URL is left to the schema's message. */
function secureIssuer(issuer: string, allowHttpLoopback: boolean): boolean {
  if (!URL.canParse(issuer)) return true;
  const url = new URL(issuer);
  if (url.protocol === 'https:') return true;
  return allowHttpLoopback && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** Validates the environment and derives the settings that depend on several variables. Lists every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  ) as Record<string, string>;
  const parsed = ConfigSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  // Rules across variables are checked on the raw values too, so one start-up lists every problem at once.
  const production = present.NODE_ENV === 'production';
  const enabled = (value: string | undefined) => value === 'true' || value === '1';
  if (production && !present.SESSION_SECRET) problems.push('SESSION_SECRET: required in production');
  if (production && enabled(present.TEST_IDP))
    problems.push('TEST_IDP: the test identity provider cannot run in production');
  if (present.OIDC_ISSUER && !present.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID: required when OIDC_ISSUER is set');
  if (production && !present.OIDC_ISSUER) problems.push('OIDC_ISSUER: required in production');
  if (
    production &&
    present.OIDC_ISSUER &&
    !secureIssuer(present.OIDC_ISSUER, enabled(present.OIDC_ALLOW_HTTP_LOOPBACK))
  )
    problems.push(
      'OIDC_ISSUER: must be an https:// URL in production (discovery, token exchange and keys travel over it); an http:// issuer on loopback needs OIDC_ALLOW_HTTP_LOOPBACK=true',
    );
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  const raw = parsed.data;
  const publicUrl = (raw.PUBLIC_URL ?? defaultPublicUrl(raw.HOST, raw.PORT)).replace(/\/$/, '');
  return {
    ...raw,
    publicUrl,
    testIdp: raw.TEST_IDP ?? (!production && !raw.OIDC_ISSUER),
    demoData: raw.DEMO_DATA ?? !production,
    sessionSecret: raw.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
    secureCookies: publicUrl.startsWith('https://'),
  };
}
