import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { visibleFields, visiblePages, visibleValues } from './forms/form-visibility.ts';
import type { DraftView, SelfserviceService } from './selfservice.service.ts';
import { errorText } from './views/form-fields.tsx';
import { paths } from './views/paths.ts';
import { CataloguePage } from './views/citizen/catalogue-page.tsx';
import { SolutionPage } from './views/citizen/solution-page.tsx';
import { FormPage } from './views/citizen/form-page.tsx';
import { SummaryPage } from './views/citizen/summary-page.tsx';
import { ReceiptPage } from './views/citizen/receipt-page.tsx';
import { DraftsPage } from './views/citizen/drafts-page.tsx';
import { RefusalPage, SubmitFailedPage } from './views/citizen/refusal-page.tsx';

const CodeParams = z.object({ code: z.string().max(100) });
const DraftParams = z.object({ id: z.string().max(100) });
const PageParams = z.object({ id: z.string().max(100), pageId: z.string().max(100) });
const DraftsQuery = z.object({ notice: z.enum(['saved', 'deleted']).optional() }).catch({});
const PageBody = z
  .object({ _action: z.enum(['next', 'back', 'save']).catch('next').default('next') })
  .catchall(z.unknown())
  .catch({ _action: 'next' });

const apply = { config: { permission: 'selfservice:apply' } } as const;
const draft = { config: { ...apply.config, record: 'draft' } } as const;
const submission = { config: { ...apply.config, record: 'submission' } } as const;
const solution = {
  config: { ...apply.config, record: false, recordless: 'a solution of the public self-service catalogue' },
} as const;

/** Citizen and business pages: catalogue, solution start pages, the form steps, summary, receipt and drafts. */
export function registerSelfserviceRoutes(app: FastifyInstance, service: SelfserviceService): void {
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
    const input: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(body)) {
      if (name === '_csrf') continue;
      if (Buffer.isBuffer(value)) uploads[name] = value;
      else input[name] = value;
    }
    const result = await service.savePage(principal, id, pageId, input, uploads, action);
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

  app.get('/selfservice/drafts/:id/summary', draft, async (request, reply) => {
    const principal = request.principal!;
    const draft = await service.getDraft(principal, DraftParams.parse(request.params).id);
    const missing = draft.status === 'draft' ? service.incompletePage(draft, principal) : undefined;
    if (draft.status !== 'draft' || missing) return reply.redirect(await resumeTarget(service, draft, principal));
    const values = visibleValues(draft.solution.form, service.shownAnswers(draft, principal));
    return reply.page(() => (
      <SummaryPage draft={draft} pages={visiblePages(draft.solution.form, draft.answers)} values={values} />
    ));
  });

  app.post('/selfservice/drafts/:id/submit', draft, async (request, reply) => {
    const principal = request.principal!;
    const { id } = DraftParams.parse(request.params);
    try {
      const submission = await service.submit(principal, id);
      return reply.redirect(paths.receipt(submission.id), 303);
    } catch (error) {
      if (error instanceof HttpProblem && error.messageKey === 'selfservice.submit.incomplete')
        return reply.redirect(paths.draft(id), 303);
      if (error instanceof HttpProblem && error.statusCode >= 500)
        return reply.page(() => <SubmitFailedPage message={error.detail} draftId={id} />, error.statusCode);
      if (error instanceof HttpProblem) throw error;
      request.log.error({ err: error }, 'self-service submission failed');
      return reply.page(
        () => <SubmitFailedPage message={new HttpProblem(503, 'selfservice.submit.failed').detail} draftId={id} />,
        503,
      );
    }
  });

  app.post('/selfservice/drafts/:id/delete', draft, async (request, reply) => {
    await service.deleteDraft(request.principal!, DraftParams.parse(request.params).id);
    return reply.redirect(`${paths.drafts}?notice=deleted`, 303);
  });

  app.get('/selfservice/submissions/:id', submission, async (request: FastifyRequest, reply: FastifyReply) => {
    const principal = request.principal!;
    const submission = await service.getSubmission(principal, DraftParams.parse(request.params).id);
    return reply.page(() => (
      <ReceiptPage submission={submission} audience={principal.kind === 'business' ? 'business' : 'citizen'} />
    ));
  });
}

/** The page that shows a draft's resume point. */
async function resumeTarget(service: SelfserviceService, draft: DraftView, principal: Principal): Promise<string> {
  const point = await service.resumePoint(principal, draft);
  if (point.kind === 'receipt') return paths.receipt(point.submissionId);
  if (point.kind === 'page') return paths.page(draft.id, point.pageId);
  return point.kind === 'summary' ? paths.summary(draft.id) : paths.drafts;
}
