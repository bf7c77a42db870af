import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from '#platform/http/problem.ts';
import { visiblePages, visibleValues } from '../forms/form-visibility.ts';
import type { SelfserviceService } from '../selfservice.service.ts';
import { paths } from '../views/paths.ts';
import { SummaryPage } from '../views/citizen/summary-page.tsx';
import { ReceiptPage } from '../views/citizen/receipt-page.tsx';
import { SubmitFailedPage } from '../views/citizen/refusal-page.tsx';
import { resumeTarget } from './resume-target.ts';
import { draft, DraftParams, submission } from './selfservice-route-common.ts';

/** The summary before sending, sending (a failure keeps the draft and says so) and the receipt. */
export function registerSubmissionRoutes(app: FastifyInstance, service: SelfserviceService): void {
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

  app.get('/selfservice/submissions/:id', submission, async (request: FastifyRequest, reply: FastifyReply) => {
    const principal = request.principal!;
    const submission = await service.getSubmission(principal, DraftParams.parse(request.params).id);
    return reply.page(() => (
      <ReceiptPage submission={submission} audience={principal.kind === 'business' ? 'business' : 'citizen'} />
    ));
  });
}
