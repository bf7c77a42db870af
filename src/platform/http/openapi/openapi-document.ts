import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { RegisteredRoute, RouteRegistry } from '../route-registry.ts';
import { derivedOperationId } from './operation-id.ts';
import { type DocumentedOperation, problemResponse, problemStatuses } from './problem-responses.ts';
import { ProblemSchema } from './problem-schema.ts';

type Operation = DocumentedOperation & { operationId?: string };
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
};

const successes: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/** `/api/v1/cases/:id` as OpenAPI writes it: `/api/v1/cases/{id}`. */
export const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/**
 * The @fastify/swagger options of the integration API: who serves it (the public URL), its licence, and a last pass
 * that gives every operation its operationId and its RFC 9457 problem responses from what its route declares, so a
 * new route is documented like the others without repeating any of it.
 */
export function openApiOptions(publicUrl: string, registry: RouteRegistry): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Raadhus integration API',
        version: '1.0.0',
        description:
          'For line-of-business systems. Authenticate with `Authorization: Bearer <API key>`; errors are RFC 9457 problem documents; operations that could duplicate work on a retry take an `Idempotency-Key` header.',
        license: {
          name: 'EUPL-1.2',
          url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
        },
      },
      servers: [{ url: publicUrl, description: 'this Raadhus installation' }],
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    stripBasePath: false,
    transformObject: (documentObject) =>
      'openapiObject' in documentObject ? completeOperations(documentObject.openapiObject, registry.all()) : {},
  };
}

function completeOperations<T extends object>(openapi: T, routes: readonly RegisteredRoute[]): T {
  const document = openapi as Document;
  for (const route of routes) {
    const operation = document.paths?.[openApiPath(route.url)]?.[route.method.toLowerCase()];
    if (!operation) continue;
    operation.operationId ??= route.operationId ?? derivedOperationId(route.method, route.url);
    const responses = { ...operation.responses };
    for (const [status, response] of Object.entries(responses))
      if (response.description === 'Default Response' && successes[status])
        responses[status] = { ...response, description: successes[status] };
    for (const status of problemStatuses(route, operation))
      responses[status] = problemResponse(status, responses[status]);
    operation.responses = responses;
  }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: ProblemSchema },
  };
  return openapi;
}
