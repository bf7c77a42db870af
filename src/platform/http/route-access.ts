import type { AssuranceLevel } from '../auth/principal.ts';

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
  /**
   * The kind of record the route exposes by the id in its path (`'case'`, `'message'`, `'draft'`, ...): the
   * service checks whose record it is (the module's `<module>.policy.ts`), and the ownership sweep calls the
   * route as each wrong owner. `false` for a route whose path parameter names no one's record; say why in
   * `recordless`. Every route with a path parameter declares one or the other.
   */
  record?: string | false;
  /** why a route with a path parameter exposes no record (with `record: false`) */
  recordless?: string;
}
