import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '#platform/http/problem.ts';
import type { ChannelsService } from '../channels.service.ts';
import { purposeName } from '../purpose.ts';
import { channelsPaths } from '../views/paths.ts';
import { CallbacksPage } from '../views/staff/callbacks-page.tsx';

const staff = { config: { permission: 'channels:register' } } as const;
const ofCallback = { config: { permission: 'channels:register', record: 'callback' } } as const;
const ListQuery = z.object({ notice: z.enum(['done']).optional() }).catch({});
const DoneParams = z.object({ id: z.uuid() });

/** Staff: the department's callbacks to make, and "done". */
export function registerCallbackRoutes(app: FastifyInstance, channels: ChannelsService): void {
  app.get(channelsPaths.callbacks, staff, async (request, reply) => {
    const { notice } = ListQuery.parse(request.query ?? {});
    const [{ callbacks }, purposes] = await Promise.all([
      channels.callbacks.open(request.principal!),
      channels.purposes.list(),
    ]);
    const now = Date.now();
    const names = new Map(purposes.map((purpose) => [purpose.code, purposeName(purpose)]));
    const rows = callbacks.map((callback) => ({
      ...callback,
      purposeName: names.get(callback.purposeCode) ?? callback.purposeCode,
      overdue: callback.dueAt.getTime() < now,
    }));
    return reply.page(() => <CallbacksPage callbacks={rows} done={notice === 'done'} />);
  });

  app.post('/staff/callbacks/:id/done', ofCallback, async (request, reply) => {
    const parsed = DoneParams.safeParse(request.params);
    if (!parsed.success) throw notFound('channels.callbacks.notFound');
    await channels.callbacks.done(request.principal!, parsed.data.id);
    return reply.redirect(`${channelsPaths.callbacks}?notice=done`, 303);
  });
}
