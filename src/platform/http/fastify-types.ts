import type { Principal } from '../auth/principal.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { RouteAccess } from './route-access.ts';
import type { RouteRegistry } from './route-registry.ts';
import type { SessionStore } from '../auth/session.store.ts';

export type { RouteAccess };

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
