import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ChatVisitor } from './chat-policy.ts';

/** The anonymous visitor's chat cookie: a random secret; only its hash is stored with the conversation. */
export const VISITOR_COOKIE = 'raadhus_chat';

/** The stored form of a visitor's cookie secret. */
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');
const wellFormed = (value: string | undefined): value is string => !!value && /^[A-Za-z0-9_-]{43}$/.test(value);

/** Who is at the visitor's end of this request. */
export function chatVisitor(request: FastifyRequest): ChatVisitor {
  const secret = request.cookies[VISITOR_COOKIE];
  return { principal: request.principal, visitorHash: wellFormed(secret) ? hashOf(secret) : undefined };
}

/** The visitor, with a chat cookie set first for an anonymous browser that has none (starting a chat). */
export function chatVisitorWithCookie(request: FastifyRequest, reply: FastifyReply, secure: boolean): ChatVisitor {
  const visitor = chatVisitor(request);
  if (visitor.principal || visitor.visitorHash) return visitor;
  const secret = randomBytes(32).toString('base64url');
  reply.setCookie(VISITOR_COOKIE, secret, { path: '/chat', httpOnly: true, sameSite: 'lax', secure, maxAge: 86_400 });
  return { visitorHash: hashOf(secret) };
}
