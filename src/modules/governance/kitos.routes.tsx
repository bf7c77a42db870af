import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withLocale } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { GovernanceService } from './governance.service.ts';
import { governancePaths } from './views/paths.ts';
import { KitosPage } from './views/admin/kitos-page.tsx';

const DoneQuery = z
  .object({ added: z.coerce.number().int().min(0).max(100_000), skipped: z.coerce.number().int().min(0).max(100_000) })
  .optional()
  .catch(undefined);

/** OS2kitos: the register exported as its API JSON (read), imported from it (administrator, all or nothing). */
export function registerKitosRoutes(app: FastifyInstance, governance: GovernanceService): void {
  app.get(governancePaths.kitosExport, { config: { permission: 'governance:read' } }, async (request, reply) => {
    const file = await governance.kitos.export(request.principal!);
    return reply
      .header('content-disposition', 'attachment; filename="kitos-it-systems.json"')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(file, null, 2));
  });

  const admin = { config: { permission: 'governance:admin' } } as const;
  app.get(governancePaths.kitos, admin, async (request, reply) => {
    const result = DoneQuery.parse(request.query);
    return reply.page(() => <KitosPage result={result} />);
  });

  app.post(governancePaths.kitos, admin, async (request, reply) => {
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const text = body.file instanceof Buffer ? body.file.toString('utf8') : '';
    const actor = request.principal!;
    const outcome = await attemptForm(() => withLocale(request.locale, () => governance.kitos.import(actor, text)));
    if (outcome.ok)
      return reply.redirect(
        `${governancePaths.kitos}?added=${outcome.value.added}&skipped=${outcome.value.skipped}`,
        303,
      );
    return reply.page(() => <KitosPage errors={outcome.errors} />, 400);
  });
}
