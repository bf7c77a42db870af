import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionStore } from './session.store.ts';
import { SESSION_COOKIE } from '../http/server.tsx';

/** Ties a login attempt to the browser that started it (against login CSRF); sent to /auth only. */
export const LOGIN_COOKIE = 'raadhus_login';
/** The CSRF secret cookie of @fastify/csrf-protection; dropped at login so the next page gets a new one. */
export const CSRF_COOKIE = '_csrf';

/** The browser binding of the login attempt in progress, from its signed cookie. */
export function loginBinding(request: FastifyRequest): string | undefined {
  const signed = request.cookies[LOGIN_COOKIE];
  if (!signed) return undefined;
  const unsigned = request.unsignCookie(signed);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

/** Ends the request's session, if any, and returns it (its ID token is needed for the provider's logout). */
export async function endSession(request: FastifyRequest, sessions: SessionStore) {
  if (!request.sessionToken) return undefined;
  const session = await sessions.destroy(request.sessionToken);
  request.sessionToken = undefined;
  return session;
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
