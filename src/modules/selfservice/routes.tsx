import { uploadedFilename } from '#platform/http/uploads.ts';
import type { FastifyInstance } from 'fastify';
import { visibleFields, visiblePages } from './forms/form-visibility.ts';
import type { SelfserviceService } from './selfservice.service.ts';
import { errorText } from './views/form-fields.tsx';
import { paths } from './views/paths.ts';
import { FormPage } from './views/citizen/form-page.tsx';
import { registerCatalogueRoutes } from './routes/catalogue.routes.tsx';
import { registerDraftRoutes } from './routes/drafts.routes.tsx';
import { registerSubmissionRoutes } from './routes/submission.routes.tsx';
import { resumeTarget } from './routes/resume-target.ts';
import { draft, PageBody, PageParams } from './routes/selfservice-route-common.ts';

/**
 * Citizen and business pages: catalogue, solution start pages, the form steps, summary, receipt and drafts.
 * The groups of routes are in routes/; the form steps (with their uploads) are here.
 */
export function registerSelfserviceRoutes(app: FastifyInstance, service: SelfserviceService): void {
  registerCatalogueRoutes(app, service);
  registerDraftRoutes(app, service);
  registerSubmissionRoutes(app, service);

  app.get('/selfservice/drafts/:id/pages/:pageId', draft, async (request, reply) => {
    const principal = request.principal!;
    const { id, pageId } = PageParams.parse(request.params);
    const draft = await service.getDraft(principal, id);
    if (draft.status !== 'draft') return reply.redirect(await resumeTarget(service, draft, principal));
    const page = service.page(draft, pageId);
    return reply.page(() => (
      <FormPage
        draft={draft}
        page={page}
        pages={visiblePages(draft.solution.form, draft.answers)}
        values={service.shownAnswers(draft, principal)}
      />
    ));
  });

  app.post('/selfservice/drafts/:id/pages/:pageId', draft, async (request, reply) => {
    const principal = request.principal!;
    const { id, pageId } = PageParams.parse(request.params);
    const { _action: action, ...body } = PageBody.parse(request.body ?? {});
    const uploads: Record<string, Buffer> = {};
    const uploadNames: Record<string, string> = {};
    const input: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(body)) {
      if (name === '_csrf') continue;
      if (Buffer.isBuffer(value)) {
        uploads[name] = value;
        const filename = uploadedFilename(value);
        if (filename) uploadNames[name] = filename;
      } else input[name] = value;
    }
    const result = await service.savePage(principal, id, pageId, input, uploads, action, undefined, uploadNames);
    if (result.ok) {
      const next = result.next;
      const target =
        next.kind === 'page'
          ? paths.page(id, next.pageId)
          : next.kind === 'summary'
            ? paths.summary(id)
            : next.kind === 'drafts'
              ? `${paths.drafts}?notice=saved`
              : paths.solution((await service.getDraft(principal, id)).solution.code);
      return reply.redirect(target, 303);
    }
    const draft = await service.getDraft(principal, id);
    const page = service.page(draft, pageId);
    const fields = new Map(visibleFields(page, draft.answers).map((field) => [field.name, field]));
    const errors = Object.fromEntries(
      Object.entries(result.errors).map(([name, error]) => [name, errorText(fields.get(name)!, error)]),
    );
    return reply.page(
      () => (
        <FormPage
          draft={draft}
          page={page}
          pages={visiblePages(draft.solution.form, draft.answers)}
          values={service.shownAnswers(draft, principal)}
          errors={errors}
          raw={result.raw}
        />
      ),
      400,
    );
  });
}
