import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '#platform/http/problem.ts';
import { parseDate } from './forms/answer-parsing.ts';
import type { SelfserviceService } from './selfservice.service.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Text = z.object({ da: z.string(), en: z.string() });

export const UsageCountsQuery = z.object({
  from: IsoDate.describe('first day (Danish calendar day), inclusive'),
  to: IsoDate.describe('last day, inclusive'),
  granularity: z.enum(['day', 'month']).default('day').describe('one row per solution and day or month'),
});
export const UsageCountsResponse = z.object({
  from: z.string(),
  to: z.string(),
  granularity: z.enum(['day', 'month']),
  rows: z.array(
    z.object({
      period: z.string().describe('YYYY-MM-DD or YYYY-MM'),
      channel: z.literal('selfservice'),
      solutionCode: z.string(),
      caseTypeCode: z.string().nullable(),
      started: z.number().int(),
      stepCompleted: z.number().int(),
      submitted: z.number().int(),
      abandoned: z.number().int(),
    }),
  ),
});
export const SolutionListResponse = z.object({
  solutions: z.array(
    z.object({
      code: z.string(),
      caseTypeCode: z.string(),
      audiences: z.array(z.enum(['citizen', 'business'])),
      assurance: z.enum(['low', 'substantial', 'high']),
      name: Text,
      description: Text,
      href: z.string(),
    }),
  ),
});

/** The integration API: the catalogue, and the anonymous usage counts for key-figure connectors and channel comparisons. */
export function registerUsageApiRoutes(app: FastifyInstance, service: SelfserviceService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/selfservice/solutions',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listSelfServiceSolutions',
        tags: ['selfservice'],
        summary: 'The self-service catalogue',
        security: [],
        response: { 200: SolutionListResponse },
      },
    },
    async () => ({
      solutions: service.allSolutions().map((solution) => ({
        code: solution.code,
        caseTypeCode: solution.caseTypeCode,
        audiences: solution.audiences,
        assurance: solution.assurance,
        name: solution.name,
        description: solution.description,
        href: `/selfservice/solutions/${solution.code}`,
      })),
    }),
  );

  api.get(
    '/api/v1/selfservice/usage',
    {
      config: { permission: 'selfservice:usage' },
      schema: {
        operationId: 'getSelfServiceUsage',
        tags: ['selfservice'],
        summary: 'Usage counts of self-service solutions (no personal data)',
        querystring: UsageCountsQuery,
        response: { 200: UsageCountsResponse },
      },
    },
    async (request) => {
      const { from, to, granularity } = request.query;
      if (!parseDate(from) || !parseDate(to)) throw new HttpProblem(400, 'selfservice.usage.invalidDate');
      const report = await service.usage.report(request.principal!, { from, to, granularity });
      const caseTypes = new Map(service.allSolutions().map((solution) => [solution.code, solution.caseTypeCode]));
      return {
        from,
        to,
        granularity,
        rows: report.rows.map((row) => ({
          period: row.period,
          channel: 'selfservice' as const,
          solutionCode: row.solutionCode,
          caseTypeCode: caseTypes.get(row.solutionCode) ?? null,
          started: row.counts.started,
          stepCompleted: row.counts.step_completed,
          submitted: row.counts.submitted,
          abandoned: row.counts.abandoned,
        })),
      };
    },
  );
}
