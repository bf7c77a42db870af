import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Principal } from './principal.ts';
import type { SessionStore } from './session.store.ts';
import type { OidcClient } from './oidc-client.ts';
import { ATTEMPT_LIFETIME_MINUTES, LoginOtherBrowserError, LoginReplayError } from './login-attempts.ts';
import { HttpProblem } from '../http/problem.ts';
import { clearSessionCookie, CSRF_COOKIE, endSession, LOGIN_COOKIE, loginBinding } from './auth-cookies.ts';
import { safeReturnTo } from './return-to.ts';
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

const landingFor = (principal: Principal) => (principal.kind === 'staff' ? '/staff' : '/my');

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDependencies): void {
  const rateLimitPerMinute = deps.loginRateLimitPerMinute;

  app.get('/auth/login', { config: { access: 'public', rateLimitPerMinute } }, async (request, reply) => {
    const query = LoginQuery.safeParse(request.query);
    const returnTo = safeReturnTo(query.data?.returnTo, deps.publicUrl) ?? '';
    // One binding per browser, kept while it lives, so two tabs can each log in.
    const binding = loginBinding(request) ?? randomBytes(32).toString('base64url');
    reply.setCookie(LOGIN_COOKIE, binding, {
      path: '/auth',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      signed: true,
      maxAge: ATTEMPT_LIFETIME_MINUTES * 60,
    });
    return reply.redirect(await deps.oidc.startLogin(returnTo, binding, query.data?.as));
  });

  app.get('/auth/callback', { config: { access: 'public', rateLimitPerMinute } }, async (request, reply) => {
    const url = new URL(request.url, deps.publicUrl);
    if (url.searchParams.has('error')) {
      request.log.warn({ error: url.searchParams.get('error') }, 'identity provider returned an error');
      throw new HttpProblem(400, 'login.failed.text');
    }
    let result: Awaited<ReturnType<OidcClient['finishLogin']>>;
    try {
      result = await deps.oidc.finishLogin(url, loginBinding(request));
    } catch (error) {
      request.log.warn({ err: error }, 'login callback refused');
      if (error instanceof LoginOtherBrowserError) throw new HttpProblem(400, 'login.otherBrowser');
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
    // A CSRF secret from before the login (possibly planted) never protects the logged-in session.
    reply.clearCookie(CSRF_COOKIE, { path: '/' });
    request.log.info({ principalKind: principal.kind, principalId: principal.id }, 'logged in');
    return reply.redirect(safeReturnTo(result.returnTo, deps.publicUrl) ?? landingFor(principal), 303);
  });

  app.post('/auth/logout', { config: { access: 'public' } }, async (request, reply) => {
    const session = await endSession(request, deps.sessions);
    clearSessionCookie(reply);
    if (!session) return reply.redirect('/', 303);
    return reply.redirect(await deps.oidc.logoutUrl(session.idToken), 303);
  });
}
