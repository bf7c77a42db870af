import { uploadedFilename } from '#platform/http/uploads.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CasesService } from './cases.service.ts';
import { caseResponses } from './routes/case-responses.tsx';
import { registerStaffQueueRoutes } from './routes/staff-queue.routes.tsx';
import { registerNewCaseRoutes } from './routes/new-case.routes.tsx';
import { registerCaseViewRoutes } from './routes/case-view.routes.tsx';
import { registerTransitionRoutes } from './routes/transition.routes.tsx';
import { registerNoteTaskRoutes } from './routes/note-task.routes.tsx';
import { registerHandOffRoutes } from './routes/hand-off.routes.tsx';
import { IdParams, optional, readCase, text, updateCase } from './routes/staff-route-common.ts';

const DocumentParams = z.object({ id: z.string().max(100), documentId: z.string().max(100) });
const ShareBody = z.object({ shared: z.enum(['true', 'false']).default('true') });
const UploadBody = z.object({
  file: z.instanceof(Buffer).optional().catch(undefined),
  documentType: z.string().max(100).default('attachment'),
  documentTitle: text(200),
  documentId: text(100),
  shared: text(10),
});
const DownloadQuery = z.object({
  version: optional(z.coerce.number().int().min(1)),
  view: optional(z.enum(['inline'])),
});

/**
 * Staff pages: the work queue, the case page and its forms, creating a case at the desk or on the phone.
 * Each group of routes is in routes/; the case's documents are here.
 */
export function registerStaffCaseRoutes(app: FastifyInstance, service: CasesService): void {
  const responses = caseResponses(service);
  const { changeOrExplain } = responses;
  registerStaffQueueRoutes(app, service);
  registerNewCaseRoutes(app, service);
  registerCaseViewRoutes(app, service, responses);
  registerTransitionRoutes(app, service, responses);
  registerNoteTaskRoutes(app, service, responses);
  registerHandOffRoutes(app, service, responses);

  app.post('/staff/cases/:id/documents', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = UploadBody.parse(request.body ?? {});
    return changeOrExplain(
      request,
      reply,
      id,
      () =>
        service.records.addDocument(request.principal!, id, {
          content: body.file ?? Buffer.alloc(0),
          filename: (body.file && uploadedFilename(body.file)) || body.documentTitle || body.documentType,
          documentType: body.documentType,
          title: body.documentTitle,
          sharedWithParties: body.shared === 'true',
          documentId: body.documentId || undefined,
        }),
      'documentAdded',
    );
  });

  app.post('/staff/cases/:id/documents/:documentId/share', updateCase, async (request, reply) => {
    const { id, documentId } = DocumentParams.parse(request.params);
    const { shared } = ShareBody.parse(request.body ?? {});
    return changeOrExplain(
      request,
      reply,
      id,
      () => service.records.setShared(request.principal!, id, documentId, shared === 'true'),
      shared === 'true' ? 'documentShared' : 'documentUnshared',
    );
  });

  app.get('/staff/cases/:id/documents/:documentId/download', readCase, async (request, reply) => {
    const { id, documentId } = DocumentParams.parse(request.params);
    const { version, view } = DownloadQuery.parse(request.query ?? {});
    const file = await service.downloadForStaff(request.principal!, id, documentId, version);
    // only PDF, JPEG and PNG are ever stored (checked by content), so showing one in the browser is safe; the CSP still applies
    return reply
      .header(
        'content-disposition',
        `${view === 'inline' ? 'inline' : 'attachment'}; filename="${encodeURIComponent(file.filename)}"`,
      )
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .type(file.contentType)
      .send(file.content);
  });
}
