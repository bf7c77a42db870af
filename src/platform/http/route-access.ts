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
}
