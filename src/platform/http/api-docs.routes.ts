import type { FastifyInstance } from 'fastify';

/** The OpenAPI 3.1 document of the integration API (only /api/v1 routes; every other route is hidden). */
export function registerApiDocsRoute(app: FastifyInstance): void {
  app.get('/api/docs', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(app.swagger()),
  );
}
