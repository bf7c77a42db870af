import { uploadedFilename } from '#platform/http/uploads.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentLocale, t } from '#platform/i18n/i18n.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import type { CasesService } from './cases.service.ts';
import { MyCasesPage } from './views/citizen/my-cases-page.tsx';
import { MyCasePage } from './views/citizen/my-case-page.tsx';
import { formErrorsOf } from '#platform/views/form-problems.ts';

const IdParams = z.object({ id: z.string().max(100) });
const DocumentParams = z.object({ id: z.string().max(100), documentId: z.string().max(100) });
const UploadBody = z.object({
  file: z.instanceof(Buffer).optional().catch(undefined),
  documentType: z.string().max(100).default('attachment'),
});
// a case holds personal data: substantial assurance (NSIS), as for the self-service solutions that create them
const own = { config: { permission: 'case:own', assurance: 'substantial' } } as const;
const ownCase = { config: { ...own.config, record: 'case' } } as const;
const TransitionBody = z.object({
  transitionId: z.string().max(100).default(''),
  confirm: z.string().max(10).optional(),
});

/** "My cases" for citizens and business representatives. */
export function registerMyCasesRoutes(app: FastifyInstance, service: CasesService): void {
  async function renderCase(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { notice?: string; errors?: FieldErrors; status?: number } = {},
  ) {
    const principal = request.principal!;
    const detail = await service.mine.detail(principal, id);
    const [types, transitions] = await Promise.all([
      service.partyUploadTypes(detail.id),
      service.partyTransitions(principal, detail.id),
    ]);
    const uploadTypes = [
      ...types.map((type) => ({ value: type.type, label: type.label[currentLocale()] })),
      { value: 'attachment', label: t('cases.documents.type.other') },
    ];
    return reply.page(
      () => (
        <MyCasePage
          detail={detail}
          uploadTypes={uploadTypes}
          transitions={transitions}
          notice={extra.notice}
          errors={extra.errors}
        />
      ),
      extra.status ?? 200,
    );
  }

  app.get('/my/cases', own, async (request, reply) => {
    const principal = request.principal!;
    const cases = await service.mine.list(principal);
    return reply.page(() => <MyCasesPage cases={cases} business={principal.kind === 'business'} />);
  });

  app.get('/my/cases/:id', ownCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const notice = z
      .object({ notice: z.enum(['documentSent', 'transitioned']).optional().catch(undefined) })
      .parse(request.query ?? {}).notice;
    return renderCase(request, reply, id, { notice });
  });

  app.post('/my/cases/:id/documents', ownCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = UploadBody.parse(request.body ?? {});
    try {
      await service.uploadByParty(request.principal!, id, {
        content: body.file ?? Buffer.alloc(0),
        documentType: body.documentType,
        filename: body.file && uploadedFilename(body.file),
      });
    } catch (error) {
      const errors = formErrorsOf(error, { statuses: [400, 413, 415], field: 'file' });
      return renderCase(request, reply, id, { status: (error as HttpProblem).statusCode, errors });
    }
    return reply.redirect(`/my/cases/${id}?notice=documentSent`, 303);
  });

  app.post('/my/cases/:id/transitions', ownCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = TransitionBody.parse(request.body ?? {});
    if (body.confirm !== 'yes')
      return renderCase(request, reply, id, {
        status: 400,
        errors: { [`confirm-${body.transitionId.replace(/[^a-z0-9_]/g, '')}`]: t('cases.my.confirmRequired') },
      });
    await service.transitionByParty(request.principal!, id, body.transitionId);
    return reply.redirect(`/my/cases/${id}?notice=transitioned`, 303);
  });

  app.get('/my/cases/:id/documents/:documentId/download', ownCase, async (request, reply) => {
    const { id, documentId } = DocumentParams.parse(request.params);
    const file = await service.mine.document(request.principal!, id, documentId);
    return reply
      .header('content-disposition', `attachment; filename="${encodeURIComponent(file.filename)}"`)
      .header('cache-control', 'no-store')
      .type(file.contentType)
      .send(file.content);
  });
}
