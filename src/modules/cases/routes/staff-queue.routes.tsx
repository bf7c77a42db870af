import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CasesService } from '../cases.service.ts';
import { QueuePage } from '../views/staff/queue-page.tsx';
import { optional, read } from './staff-route-common.ts';

export const QueueQuery = z.object({
  state: optional(
    z
      .string()
      .max(60)
      .regex(/^[a-z0-9_]*$/),
  ).transform((value) => value || undefined),
  caseType: optional(
    z
      .string()
      .max(60)
      .regex(/^[a-z0-9-]*$/),
  ).transform((value) => value || undefined),
  deadline: optional(z.enum(['soon', 'overdue'])),
  assignment: optional(z.enum(['all', 'unassigned', 'mine'])),
  sort: optional(z.enum(['deadline', 'received', 'reference'])),
  dir: optional(z.enum(['asc', 'desc'])),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
  notice: optional(z.enum(['assigned', 'handedOff'])),
});

/** The work queue: the department's cases, filtered, sorted and a page at a time. */
export function registerStaffQueueRoutes(app: FastifyInstance, service: CasesService): void {
  app.get('/staff/cases', read, async (request, reply) => {
    const principal = request.principal!;
    const { notice, ...filters } = QueueQuery.parse(request.query ?? {});
    const [result, options] = await Promise.all([
      service.queue(principal, filters),
      service.queueFilterOptions(principal),
    ]);
    const warnings = await service.caseWarnings(
      principal,
      result.cases.map((item) => item.id),
    );
    return reply.page(() => (
      <QueuePage
        cases={result.cases}
        filters={filters}
        options={options}
        page={result.page}
        hasNext={result.hasNext}
        notice={notice}
        warnings={warnings}
      />
    ));
  });
}
