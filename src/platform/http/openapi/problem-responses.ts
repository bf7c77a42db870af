import type { RegisteredRoute } from '../route-registry.ts';

const reasons: Record<number, string> = {
  400: 'The request is malformed or breaks its schema (the refused fields are named in `errors`).',
  401: 'No API key, or one that is unknown or revoked.',
  403: 'The API key lacks the scope this operation needs.',
  404: 'No such record, or none the client may see.',
  409: 'The Idempotency-Key was used before with another body, or the record changed since it was read.',
  413: 'The body is larger than this operation accepts.',
  415: 'The body is of a content type this operation does not accept.',
  422: 'The request is understood, but a rule refuses it (the problem says which).',
  429: 'Too many requests from this client or address: try again after a minute.',
};

/** What one documented operation looks like, as far as its problem responses go. */
export interface DocumentedOperation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: unknown;
  responses?: Record<string, { description?: string; content?: unknown }>;
}

/**
 * The 4xx statuses an API route can answer, read from what it declares: any input can be malformed (400), a route
 * behind an API key refuses a missing one (401) and a key without its permission (403), a path parameter names a
 * record that may not exist (404), an idempotency key may be reused with another body (409), a body may be too large
 * (413) or of another type (415), and every route is rate limited (429).
 */
export function problemStatuses(route: RegisteredRoute, operation: DocumentedOperation): number[] {
  const hasBody = operation.requestBody !== undefined;
  const declared = Object.keys(operation.responses ?? {})
    .map(Number)
    .filter((status) => status >= 400 && status < 500);
  const statuses = new Set(declared);
  if (hasBody || operation.parameters?.length) statuses.add(400);
  if (route.access !== 'public') statuses.add(401);
  if (route.permission) statuses.add(403);
  if (/:\w/.test(route.url)) statuses.add(404);
  if (route.idempotent) statuses.add(409);
  if (hasBody) for (const status of [413, 415]) statuses.add(status);
  statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

/** A problem response referring to the shared Problem schema; a route's own description of the status is kept. */
export function problemResponse(status: number, declared?: { description?: string }) {
  const description = declared?.description && declared.description !== 'Default Response' ? declared.description : '';
  return {
    description: description || reasons[status] || 'The request is refused.',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}
