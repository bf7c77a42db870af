import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteAccess } from './route-access.ts';

/** One registered route as declared: method, URL pattern, who may call it and the record it exposes. */
export interface RegisteredRoute extends RouteAccess {
  method: string;
  url: string;
  /** under /api/: called with a Bearer API key, answers with JSON or problem documents */
  api: boolean;
  /** the operation's name in the OpenAPI document (`schema.operationId`): a generated client's method name */
  operationId?: string;
}

/**
 * Every route of the application, collected as it is registered (including the routes modules add),
 * so tests can walk all of them: the role matrix asserts that each role without the permission is refused, the
 * ownership sweep that each wrong owner of a record is.
 */
export class RouteRegistry {
  private readonly entries: RegisteredRoute[] = [];

  record(route: Pick<RouteOptions, 'method' | 'url' | 'config' | 'schema'>): void {
    const config = (route.config ?? {}) as RouteAccess;
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
    for (const method of [route.method].flat()) {
      // Fastify adds a HEAD twin to every GET route; it shares the GET route's config.
      if (method === 'HEAD') continue;
      this.entries.push({
        method,
        url: route.url,
        api: route.url.startsWith('/api/'),
        ...(config.access ? { access: config.access } : {}),
        ...(config.permission ? { permission: config.permission } : {}),
        ...(config.assurance ? { assurance: config.assurance } : {}),
        ...(config.idempotent ? { idempotent: true } : {}),
        ...(config.record !== undefined ? { record: config.record } : {}),
        ...(config.recordless ? { recordless: config.recordless } : {}),
        ...(operationId ? { operationId } : {}),
      });
    }
  }

  all(): readonly RegisteredRoute[] {
    return this.entries;
  }
}

export function routeRegistry(app: FastifyInstance): RouteRegistry {
  return app.routeRegistry;
}

/** The names of a route's path parameters (`/staff/cases/:id/tasks/:taskId/done` → `id`, `taskId`). */
export const pathParameters = (url: string): string[] =>
  [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);
