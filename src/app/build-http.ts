import type { Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import type { JobQueue } from '../platform/queue/queue.ts';
import { createHttpServer } from '../platform/http/server.tsx';
import { registerHealthRoutes } from '../platform/http/health.routes.ts';
import { registerApiDocsRoute } from '../platform/http/api-docs.routes.ts';
import { IdempotencyStore } from '../platform/http/idempotency.ts';
import { SessionStore } from '../platform/auth/session.store.ts';
import { OidcClient } from '../platform/auth/oidc-client.ts';
import { registerAuthRoutes } from '../platform/auth/auth.routes.ts';
import {
  mountTestIdentityProvider,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
} from '../platform/auth/test-identity-provider.tsx';
import { registerPortalRoutes } from '../platform/portal/portal.routes.tsx';
import { registerAuditRoutes } from '../platform/audit/audit.routes.tsx';
import type { Services } from '../platform/module.ts';
import type { Navigation } from '../platform/navigation.ts';
import { testIdentitySource } from '../modules/identity/identity.module.ts';
import type { Built } from './build-modules.ts';

export interface HttpContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  queue: JobQueue;
  services: Services;
  navigation: Navigation;
}

/** The HTTP server with the platform's routes (auth, health, API docs, portal, audit) and every module's. */
export async function buildHttp(context: HttpContext, built: readonly Built[]): Promise<FastifyInstance> {
  const { config, services, navigation } = context;
  const db = context.database.db;
  const sessions = new SessionStore(db, config.SESSION_IDLE_MINUTES, config.SESSION_ABSOLUTE_HOURS);
  const app = await createHttpServer({
    config,
    logger: context.logger,
    sessions,
    idempotency: new IdempotencyStore(db),
    navigation,
    db,
    authenticateApiKey: (token) => services.identity.authenticateApiKey(token),
  });
  const testIdp = config.testIdp;
  const oidc = new OidcClient(
    {
      issuer: testIdp ? `${config.publicUrl}/idp` : config.OIDC_ISSUER!,
      clientId: testIdp ? TEST_CLIENT_ID : config.OIDC_CLIENT_ID!,
      clientSecret: testIdp ? TEST_CLIENT_SECRET : config.OIDC_CLIENT_SECRET,
      redirectUri: `${config.publicUrl}/auth/callback`,
      postLogoutRedirectUri: `${config.publicUrl}/`,
      allowInsecure: testIdp || config.OIDC_ISSUER!.startsWith('http://'),
    },
    db,
  );
  if (testIdp)
    await mountTestIdentityProvider(
      app,
      config.publicUrl,
      testIdentitySource(services.identity, { withBrokenIdentities: config.NODE_ENV === 'test' }),
    );
  registerAuthRoutes(app, {
    oidc,
    sessions,
    secureCookies: config.secureCookies,
    publicUrl: config.publicUrl,
    loginRateLimitPerMinute: config.LOGIN_RATE_LIMIT_PER_MINUTE,
    principalFromLogin: (claims) => services.identity.principalFromLogin(claims),
  });
  registerHealthRoutes(app, db, context.queue);
  registerApiDocsRoute(app);
  registerPortalRoutes(app, navigation);
  registerAuditRoutes(app, { db, identity: services.identity });
  for (const { module } of built) await module.routes?.(app);
  await app.ready();
  return app;
}
