import type { FastifyInstance } from 'fastify';
import type { SelfserviceService } from '../selfservice.service.ts';
import { paths } from '../views/paths.ts';
import { DraftsPage } from '../views/citizen/drafts-page.tsx';
import { resumeTarget } from './resume-target.ts';
import { apply, draft, DraftParams, DraftsQuery } from './selfservice-route-common.ts';

/** The applicant's drafts and submissions, continuing a draft where it stands, and deleting one. */
export function registerDraftRoutes(app: FastifyInstance, service: SelfserviceService): void {
  app.get(paths.drafts, apply, async (request, reply) => {
    const principal = request.principal!;
    const [drafts, submissions] = await Promise.all([
      service.listDrafts(principal),
      service.listSubmissions(principal),
    ]);
    const { notice } = DraftsQuery.parse(request.query);
    return reply.page(() => <DraftsPage drafts={drafts} submissions={submissions} notice={notice} />);
  });

  app.get('/selfservice/drafts/:id', draft, async (request, reply) => {
    const principal = request.principal!;
    const draft = await service.getDraft(principal, DraftParams.parse(request.params).id);
    return reply.redirect(await resumeTarget(service, draft, principal));
  });

  app.post('/selfservice/drafts/:id/delete', draft, async (request, reply) => {
    await service.deleteDraft(request.principal!, DraftParams.parse(request.params).id);
    return reply.redirect(`${paths.drafts}?notice=deleted`, 303);
  });
}
