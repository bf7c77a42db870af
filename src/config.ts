import { z } from 'zod';
import { defaultPublicUrl, serverSettings } from './config/server-settings.ts';
import { databaseSettings } from './config/database-settings.ts';
import { loginSettings } from './config/login-settings.ts';
import { runtimeSettings } from './config/runtime-settings.ts';
import { notificationSettings } from './config/notification-settings.ts';
import { crossVariableProblems } from './config/cross-variable-rules.ts';

/** Every environment variable Raadhus reads, each with a one-line description (shown in `.env.example`). */
export const ConfigSchema = z.object({
  ...serverSettings,
  ...databaseSettings,
  ...loginSettings,
  ...runtimeSettings,
  ...notificationSettings,
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
  problems.push(...crossVariableProblems(present));
  const production = present.NODE_ENV === 'production';
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
