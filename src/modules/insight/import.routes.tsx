import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uploadedFilename } from '#platform/http/uploads.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { FieldErrors } from '#platform/views/form.tsx';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { InsightService } from './insight.service.ts';
import { insightPaths } from './views/paths.ts';
import { ImportPage } from './views/staff/import-page.tsx';
import { ImportsPage } from './views/staff/imports-page.tsx';

const list = { config: { permission: 'insight:import' } } as const;
const one = {
  config: {
    permission: 'insight:import',
    record: false,
    recordless: 'an import holds a line-of-business system’s anonymous daily figures, no one’s record',
  },
} as const;
const IdParams = z.object({ id: z.uuid().catch('00000000-0000-0000-0000-000000000000') });
const UploadBody = z.object({
  figure: z.string().max(100).catch(''),
  file: z.instanceof(Buffer).optional().catch(undefined),
});
const MappingBody = z.object({
  day: z.string().max(200).catch(''),
  value: z.string().max(200).catch(''),
  dimension: z.string().max(200).optional().catch(undefined),
  decimal: z.enum(['point', 'comma']).catch('point'),
});
const Notice = z.object({ notice: z.string().max(20).optional() }).catch({});

/** CSV import: upload, map the columns, import, roll back. */
export function registerImportRoutes(app: FastifyInstance, insight: InsightService): void {
  const imports = insight.imports;
  const listPage = async (principal: Principal, errors: FieldErrors = {}) => ({
    figures: imports.importable(),
    imports: await imports.list(principal),
    errors,
  });

  app.get(insightPaths.imports, list, async (request, reply) => {
    const props = await listPage(request.principal!);
    return reply.page(() => <ImportsPage {...props} />);
  });

  app.post(insightPaths.imports, list, async (request, reply) => {
    const body = UploadBody.parse(request.body ?? {});
    const file = body.file ?? Buffer.alloc(0);
    const outcome = await attemptForm(() =>
      imports.upload(request.principal!, body.figure, uploadedFilename(file) ?? 'upload.csv', file),
    );
    if (!outcome.ok) {
      const props = await listPage(request.principal!, outcome.errors);
      return reply.page(() => <ImportsPage {...props} />, 400);
    }
    return reply.redirect(insightPaths.import(outcome.value), 303);
  });

  app.get(insightPaths.importRoute, one, async (request, reply) => {
    const upload = await imports.get(request.principal!, IdParams.parse(request.params).id);
    return reply.page(() => <ImportPage upload={upload} notice={Notice.parse(request.query ?? {}).notice} />);
  });

  app.post(insightPaths.importRoute, one, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = MappingBody.parse(request.body ?? {});
    const outcome = await attemptForm(() =>
      imports.run(request.principal!, id, { ...body, dimension: body.dimension || undefined }),
    );
    if (outcome.ok) return reply.redirect(`${insightPaths.import(id)}?notice=imported`, 303);
    const upload = await imports.get(request.principal!, id);
    const problems = outcome.problem.errors?.filter((error) => error.field === 'file') ?? [];
    return reply.page(
      () => <ImportPage upload={upload} values={body} errors={outcome.errors} problems={problems} />,
      outcome.problem.statusCode ?? 400,
    );
  });

  app.post(insightPaths.rollbackRoute, one, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    await imports.rollback(request.principal!, id);
    return reply.redirect(`${insightPaths.import(id)}?notice=rolled-back`, 303);
  });
}
