import type { FastifyInstance } from 'fastify';
import type { SelfserviceService } from '../selfservice.service.ts';
import { paths } from '../views/paths.ts';
import { CataloguePage } from '../views/citizen/catalogue-page.tsx';
import { SolutionPage } from '../views/citizen/solution-page.tsx';
import { RefusalPage } from '../views/citizen/refusal-page.tsx';
import { CodeParams, solution } from './selfservice-route-common.ts';

/** The public catalogue, a solution's start page, and starting a draft. */
export function registerCatalogueRoutes(app: FastifyInstance, service: SelfserviceService): void {
  app.get('/selfservice', { config: { access: 'public' } }, async (request, reply) =>
    reply.redirect(paths.catalogue(request.principal?.kind === 'business' ? 'business' : 'citizen')),
  );

  for (const audience of ['citizen', 'business'] as const) {
    app.get(paths.catalogue(audience), { config: { access: 'public' } }, async (_request, reply) =>
      reply.page(() => <CataloguePage audience={audience} solutions={service.catalogue(audience)} />),
    );
  }

  app.get(
    '/selfservice/solutions/:code',
    { config: { access: 'public', record: false, recordless: 'a solution of the public self-service catalogue' } },
    async (request, reply) => {
      const solution = service.solution(CodeParams.parse(request.params).code);
      const principal = request.principal;
      const applicant =
        principal && (principal.kind === 'citizen' || principal.kind === 'business') ? principal : undefined;
      const refusal = applicant && service.refusalFor(applicant, solution);
      if (applicant && refusal)
        return reply.page(() => <RefusalPage solution={solution} refusal={refusal} kind={applicant.kind} />, 403);
      const draftId = applicant && (await service.openDraftOf(applicant, solution.code))?.id;
      const expectedDays = await service.expectedProcessingDays(solution);
      return reply.page(() => (
        <SolutionPage solution={solution} expectedDays={expectedDays} loggedIn={Boolean(applicant)} draftId={draftId} />
      ));
    },
  );

  app.post('/selfservice/solutions/:code/start', solution, async (request, reply) => {
    const principal = request.principal!;
    const solution = service.solution(CodeParams.parse(request.params).code);
    const refusal = service.refusalFor(principal, solution);
    if (refusal)
      return reply.page(() => <RefusalPage solution={solution} refusal={refusal} kind={principal.kind} />, 403);
    const draft = await service.startDraft(principal, solution.code);
    return reply.redirect(paths.page(draft.id, solution.form.pages[0].id), 303);
  });
}
