import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '#platform/http/problem.ts';
import type { PostService } from '../post.service.ts';
import type { BulkLetterService } from '../bulk-letters.service.ts';
import { BulkLetterPage, BulkLettersPage, type BulkFormValues } from '../views/staff/bulk-pages.tsx';
import { paths } from '../views/paths.ts';
import { formFields } from './form-input.ts';
import { BODY_MAX, SUBJECT_MAX } from '../post-limits.ts';
import { formErrorsOf } from '#platform/views/form-problems.ts';

const bulk = { config: { permission: 'post:bulk' } } as const;
const bulkLetter = { config: { ...bulk.config, record: 'bulk-letter' } } as const;
const IdParams = z.object({ id: z.string().max(100) });
const NoticeQuery = z.object({ notice: z.enum(['post.bulk.cancelled']).optional().catch(undefined) });
const progressScript = readFile(new URL('../assets/bulk-progress.js', import.meta.url), 'utf8');

export const BulkLetterRequest = z.object({
  subject: z.string().max(SUBJECT_MAX).describe('may hold merge fields such as {{name}}'),
  body: z.string().max(BODY_MAX).describe('may hold merge fields: {{name}} and the CSV columns'),
  replyAllowed: z.boolean().default(false),
  departmentCode: z.string().max(50).optional(),
  everyone: z.boolean().default(false).describe('every citizen of the demo municipality'),
  csv: z
    .string()
    .max(2_000_000)
    .optional()
    .describe('CSV with a header row and a cpr or cvr column; other columns are merge fields'),
});
export const BulkLetterResponse = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done', 'cancelled']),
  total: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  pending: z.number().int(),
  secondsLeft: z.number().int().optional(),
  href: z.string(),
});

/** Bulk letters: the staff page with the form and list, the progress page (with cancel), and the API. */
export function registerBulkRoutes(app: FastifyInstance, post: PostService, service: BulkLetterService): void {
  app.get('/post-assets/bulk-progress.js', { config: { access: 'public' } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(await progressScript),
  );

  app.get(paths.bulk, bulk, async (request, reply) => {
    const [letters, departments] = await Promise.all([service.list(request.principal!), post.listDepartments()]);
    return reply.page(() => (
      <BulkLettersPage
        letters={letters}
        departments={departments}
        values={{ department: request.principal!.departmentId ?? undefined }}
      />
    ));
  });

  app.post(paths.bulk, bulk, async (request, reply) => {
    const { text, files } = formFields(request.body);
    const values: BulkFormValues = { ...text, replyAllowed: text.replyAllowed === 'yes' };
    try {
      const created = await service.create(request.principal!, {
        subject: text.subject ?? '',
        body: text.body ?? '',
        replyAllowed: values.replyAllowed ?? false,
        departmentId: text.department || undefined,
        source: text.source === 'everyone' ? 'everyone' : 'csv',
        csv: files.csv?.[0]?.toString('utf8'),
      });
      return reply.redirect(paths.bulkLetter(created.id), 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      const [letters, departments] = await Promise.all([service.list(request.principal!), post.listDepartments()]);
      return reply.page(
        () => <BulkLettersPage letters={letters} departments={departments} values={values} errors={errors} />,
        400,
      );
    }
  });

  app.get('/staff/post/bulk/:id', bulkLetter, async (request, reply) => {
    const progress = await service.progress(request.principal!, IdParams.parse(request.params).id);
    const { notice } = NoticeQuery.parse(request.query ?? {});
    return reply.page(() => <BulkLetterPage progress={progress} notice={notice} />);
  });

  app.post('/staff/post/bulk/:id/cancel', bulkLetter, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    await service.cancel(request.principal!, id);
    return reply.redirect(`${paths.bulkLetter(id)}?notice=post.bulk.cancelled`, 303);
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  const present = (progress: Awaited<ReturnType<BulkLetterService['progress']>>) => ({
    id: progress.id,
    status: progress.status,
    total: progress.total,
    sent: progress.sent,
    failed: progress.failed,
    pending: progress.pending,
    ...(progress.secondsLeft !== undefined ? { secondsLeft: progress.secondsLeft } : {}),
    href: `/api/v1/bulk-letters/${progress.id}`,
  });

  api.post(
    '/api/v1/bulk-letters',
    {
      bodyLimit: 4 * 1024 * 1024,
      config: { permission: 'post:bulk', idempotent: true },
      schema: {
        operationId: 'sendBulkLetter',
        summary: 'Send one letter to many recipients (CSV with merge fields, or everyone) as a background job',
        tags: ['post'],
        body: BulkLetterRequest,
        response: { 202: BulkLetterResponse },
      },
    },
    async (request, reply) => {
      const input = request.body;
      let departmentId: string | undefined;
      if (input.departmentCode) {
        departmentId = (await post.departmentByCode(input.departmentCode))?.id;
        if (!departmentId) throw new HttpProblem(400, 'post.validation.department');
      }
      const created = await service.create(request.principal!, {
        subject: input.subject,
        body: input.body,
        replyAllowed: input.replyAllowed,
        departmentId,
        source: input.everyone ? 'everyone' : 'csv',
        csv: input.csv,
      });
      return reply.code(202).send(present(await service.progress(request.principal!, created.id)));
    },
  );

  api.get(
    '/api/v1/bulk-letters/:id',
    {
      config: { permission: 'post:bulk', record: 'bulk-letter' },
      schema: {
        operationId: 'getBulkLetterProgress',
        summary: 'Progress of a bulk letter',
        tags: ['post'],
        params: IdParams,
        response: { 200: BulkLetterResponse },
      },
    },
    async (request) => present(await service.progress(request.principal!, request.params.id)),
  );
}
