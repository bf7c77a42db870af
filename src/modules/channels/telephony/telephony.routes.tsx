import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Principal } from '#platform/auth/principal.ts';
import { safeUploadName, uploadedFilename } from '#platform/http/uploads.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { channelsPaths } from '../views/paths.ts';
import { ImportsPage, type ImportsPageProps } from '../views/staff/imports-page.tsx';
import type { TelephonyImportService } from './telephony-import.service.ts';

const imports = { config: { permission: 'channels:import' } } as const;

/** A multipart upload (the file is a Buffer) or the "import the valid rows" form (the file as base64 text). */
const ImportBody = z.object({
  from: z.string().max(20).catch(''),
  to: z.string().max(20).catch(''),
  file: z.instanceof(Buffer).optional().catch(undefined),
  content: z.string().max(1_000_000).optional().catch(undefined),
  filename: z.string().max(300).optional().catch(undefined),
  importValid: z.literal('yes').optional().catch(undefined),
});
const StoredQuery = z
  .object({ rows: z.coerce.number().int().min(0).max(1e6), skipped: z.coerce.number().int().min(0).max(1e6) })
  .optional()
  .catch(undefined);

/** The last month by default: telephony exports are usually monthly. */
const defaultPeriod = () => ({ from: addDays(danishDay(), -30), to: danishDay() });

/** Managers import the municipality's telephony statistics (CSV per day and queue). */
export function registerTelephonyRoutes(app: FastifyInstance, telephony: TelephonyImportService): void {
  const page = async (principal: Principal, props: Omit<ImportsPageProps, 'imports'>) => ({
    ...props,
    imports: await telephony.latest(principal),
  });

  app.get(channelsPaths.imports, imports, async (request, reply) => {
    const imported = StoredQuery.parse(request.query ?? undefined);
    const props = await page(request.principal!, { values: defaultPeriod(), imported });
    return reply.page(() => <ImportsPage {...props} />);
  });

  app.post(channelsPaths.imports, imports, async (request, reply) => {
    const body = ImportBody.parse(request.body ?? {});
    const values = { from: body.from.trim(), to: body.to.trim() };
    const bytes = body.file ?? Buffer.from(body.content ?? '', 'base64');
    const filename =
      (body.file && uploadedFilename(body.file)) || safeUploadName(body.filename ?? '') || 'telephony.csv';
    const upload = { ...values, filename, bytes, importValid: body.importValid === 'yes' };
    const result = await attemptForm(() => telephony.importFile(request.principal!, upload));
    if (!result.ok) {
      const props = await page(request.principal!, { values, errors: result.errors });
      return reply.page(() => <ImportsPage {...props} />, 400);
    }
    const outcome = result.value;
    if (outcome.importId)
      return reply.redirect(`${channelsPaths.imports}?rows=${outcome.valid}&skipped=${outcome.problems.length}`, 303);
    const props = await page(request.principal!, {
      values,
      outcome: { ...outcome, filename, content: Buffer.from(bytes).toString('base64') },
    });
    return reply.page(() => <ImportsPage {...props} />, 400);
  });
}
