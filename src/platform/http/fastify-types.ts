import type { AssuranceLevel, Principal } from '../auth/principal.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { RouteRegistry } from './route-registry.ts';
import type { SessionStore } from '../auth/session.store.ts';

/** What a route declares about who may call it; every route must declare `access` or `permission`. */
export interface RouteAccess {
  /** `public`: anyone; `authenticated`: anyone logged in (citizen, business or staff) */
  access?: 'public' | 'authenticated';
  /** a named action from a module's permissions (e.g. `post:send`) */
  permission?: string;
  /** minimum login assurance level (NSIS) for citizens and businesses */
  assurance?: AssuranceLevel;
  /** honour the Idempotency-Key header on this POST */
  idempotent?: boolean;
  /** a stricter limit of requests per minute per client address on this route (login), besides the global one */
  rateLimitPerMinute?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig extends RouteAccess {}
  interface FastifyRequest {
    principal?: Principal;
    sessionToken?: string;
    locale: Locale;
    /** true while the body is being read and parsed: an unexpected error then is a malformed body (400) */
    readingBody: boolean;
  }
  interface FastifyInstance {
    /** every route as declared (method, URL, access or permission), collected at registration */
    routeRegistry: RouteRegistry;
    /** server-side sessions (e.g. to end a staff member's sessions when an administrator changes their roles) */
    sessions: SessionStore;
  }
  interface FastifyReply {
    /** Renders a page component inside the request's view context (locale, principal, CSRF token). */
    page(render: () => JSX.Element, statusCode?: number): Promise<FastifyReply>;
  }
}
