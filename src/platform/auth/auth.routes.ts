import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from './principal.ts';
import type { SessionStore } from './session.store.ts';
import { LoginReplayError, type OidcClient } from './oidc-client.ts';
import { HttpProblem } from '../http/problem.ts';
import { SESSION_COOKIE } from '../http/server.tsx';

export interface AuthRouteDependencies {
  oidc: OidcClient;
  sessions: SessionStore;
  secureCookies: boolean;
  publicUrl: string;
  loginRateLimitPerMinute: number;
  /** Maps verified claims to a principal; throws an error with `messageKey` to refuse the login. */
  principalFromLogin(claims: Record<string, unknown>): Promise<Principal>;
}

const LoginQuery = z.object({
  returnTo: z.string().optional(),
  as: z.enum(['citizen', 'business', 'staff']).optional(),
});

/** Only local paths: never an open redirect to another site. */
const safeReturnTo = (value: string | undefined) =>
  value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : undefined;

const landingFor = (principal: Principal) => (principal.kind === 'staff' ? '/staff' : '/my');

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDependencies): void {
  const rateLimit = { max: deps.loginRateLimitPerMinute, timeWindow: '1 minute' };

  app.get('/auth/login', { config: { access: 'public', rateLimit } }, async (request, reply) => {
    const query = LoginQuery.safeParse(request.query);
    const returnTo = safeReturnTo(query.data?.returnTo) ?? '';
    return reply.redirect(await deps.oidc.startLogin(returnTo, query.data?.as));
  });

  app.get('/auth/callback', { config: { access: 'public', rateLimit } }, async (request, reply) => {
    const url = new URL(request.url, deps.publicUrl);
    if (url.searchParams.has('error')) {
      request.log.warn({ error: url.searchParams.get('error') }, 'identity provider returned an error');
      throw new HttpProblem(400, 'login.failed.text');
    }
    let result: Awaited<ReturnType<OidcClient['finishLogin']>>;
    try {
      result = await deps.oidc.finishLogin(url);
    } catch (error) {
      request.log.warn({ err: error }, 'login callback refused');
      throw new HttpProblem(400, error instanceof LoginReplayError ? 'login.replayed' : 'login.failed.text');
    }
    let principal: Principal;
    try {
      principal = await deps.principalFromLogin(result.claims);
    } catch (error) {
      const refusal = error as { messageKey?: string; values?: Record<string, string> };
      if (!refusal.messageKey) throw error;
      request.log.warn({ reason: refusal.messageKey }, 'login refused');
      throw new HttpProblem(400, refusal.messageKey, refusal.values);
    }
    await endSession(request, deps.sessions);
    const token = await deps.sessions.create(principal, result.idToken ?? null);
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      signed: true,
    });
    request.log.info({ principalKind: principal.kind, principalId: principal.id }, 'logged in');
    return reply.redirect(safeReturnTo(result.returnTo) ?? landingFor(principal), 303);
  });

  app.post('/auth/logout', { config: { access: 'public' } }, async (request, reply) => {
    const session = await endSession(request, deps.sessions);
    clearSessionCookie(reply);
    if (!session) return reply.redirect('/', 303);
    return reply.redirect(await deps.oidc.logoutUrl(session.idToken), 303);
  });
}

async function endSession(request: FastifyRequest, sessions: SessionStore) {
  if (!request.sessionToken) return undefined;
  const session = await sessions.destroy(request.sessionToken);
  request.sessionToken = undefined;
  return session;
}

function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
