import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import { channelsPaths } from '../views/paths.ts';
import { HistoryPage } from '../views/staff/history-page.tsx';
import type { HistoryService } from './history.service.ts';

const history = { config: { permission: 'channels:history' } } as const;
const HistoryBody = z.object({ cpr: z.string().max(20).catch('') }).catch({ cpr: '' });

/** A person's contact history: the CPR number is posted (never in an address), the read audited. */
export function registerHistoryRoutes(app: FastifyInstance, service: HistoryService): void {
  app.get(channelsPaths.history, history, async (_request, reply) => reply.page(() => <HistoryPage />));

  app.post(channelsPaths.history, history, async (request, reply) => {
    const { cpr } = HistoryBody.parse(request.body ?? {});
    const outcome = await attemptForm(() => service.ofPerson(request.principal!, cpr.trim()), {
      statuses: [400, 404],
      field: 'cpr',
    });
    if (!outcome.ok) return reply.page(() => <HistoryPage errors={outcome.errors} />, outcome.problem.statusCode);
    return reply.page(() => <HistoryPage history={outcome.value} />);
  });
}
