import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OpennessService } from './openness.service.ts';
import { PostListQuery } from './post-list-filter.ts';
import { directions, partyCategories } from './openness-codes.ts';
import { opennessPaths } from './views/paths.ts';

const text = z.string().max(300);
export const PostListRequest = PostListQuery.extend({
  q: text.optional(),
  reference: text.optional(),
  caseType: text.optional(),
  department: text.optional(),
  from: text.optional(),
  to: text.optional(),
  page: text.optional(),
});

export const PostListResponse = z.object({
  page: z.number().int(),
  hasNext: z.boolean(),
  entries: z.array(
    z.object({
      id: z.uuid(),
      registeredAt: z.string(),
      caseReference: z.string(),
      caseTypeCode: z.string(),
      caseTitle: z.string(),
      documentTitle: z.string(),
      direction: z.enum(directions),
      partyCategory: z.enum(partyCategories),
      partyName: z.string().nullable(),
      departmentCode: z.string(),
    }),
  ),
});

/** The post list for other systems: the same search as the page, 50 entries a page. */
export function registerOpennessApiRoutes(app: FastifyInstance, openness: OpennessService): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    opennessPaths.api,
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listPostListEntries',
        tags: ['openness'],
        summary: 'The public post list: letters received and sent on cases, searchable and paged (no personal data)',
        security: [],
        querystring: PostListRequest,
        response: { 200: PostListResponse },
      },
    },
    async (request) => {
      const result = await openness.postList.search(request.query);
      return {
        page: result.page,
        hasNext: result.hasNext,
        entries: result.entries.map((entry) => ({ ...entry, registeredAt: entry.registeredAt.toISOString() })),
      };
    },
  );
}
