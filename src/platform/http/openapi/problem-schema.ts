/** The RFC 9457 problem document every API error is (`problem.ts`), as the OpenAPI document names it. */
export const ProblemSchema = {
  type: 'object',
  description: 'An RFC 9457 problem document; `detail` is in the caller’s language (Accept-Language: da or en).',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'identifies the kind of problem' },
    title: { type: 'string', description: 'a short summary of the kind of problem' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'what went wrong with this request' },
    instance: { type: 'string', description: 'the request path' },
    errors: {
      type: 'array',
      description: 'the refused fields, when the body or parameters break their schema',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;
