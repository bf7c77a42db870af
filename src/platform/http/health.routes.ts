import type { FastifyInstance } from 'fastify';
import { ping, type Database } from '../db/database.ts';
import type { JobQueue } from '../queue/queue.ts';

/** Liveness: the process answers. Readiness: the database and the queue answer too. */
export function registerHealthRoutes(app: FastifyInstance, db: Database, queue: JobQueue): void {
  app.get('/health/live', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { config: { access: 'public' } }, async (request, reply) => {
    const checks = {
      database: await check(() => ping(db)),
      queue: await check(async () => {
        if (!(await queue.ready())) throw new Error('not started');
      }),
    };
    const ready = Object.values(checks).every((status) => status === 'ok');
    if (!ready) request.log.warn({ checks }, 'not ready');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
  });
}

async function check(probe: () => Promise<void>): Promise<'ok' | 'failing'> {
  try {
    await probe();
    return 'ok';
  } catch {
    return 'failing';
  }
}
