import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from '#platform/http/problem.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import { formErrorsOf } from '#platform/views/form-problems.ts';
import { TransitionRefused, type CasesService } from '../cases.service.ts';
import { workflowDiagram } from '../workflow-diagram-adapter.ts';
import { CasePage } from '../views/staff/case-page.tsx';
import { ConflictPage } from '../views/staff/conflict-page.tsx';
import { PURPOSE } from './staff-route-common.ts';

/** How the staff case routes answer: the case page (with a notice, errors or a refusal), or the conflict page. */
export type CaseResponses = ReturnType<typeof caseResponses>;

export function caseResponses(service: CasesService) {
  async function renderCase(
    request: FastifyRequest,
    reply: FastifyReply,
    caseId: string,
    extra: {
      status?: number;
      notice?: string;
      errors?: FieldErrors;
      refusal?: { message: string; reasons: TransitionRefused['reasons'] };
      values?: Record<string, string>;
    } = {},
  ) {
    const principal = request.principal!;
    const [detail, colleagues, departments] = await Promise.all([
      service.getCase(principal, caseId, PURPOSE),
      service.colleaguesFor(principal),
      service.departments(),
    ]);
    const [version, warnings] = await Promise.all([
      service.caseTypes.version(detail.caseTypeVersionId),
      service.caseWarnings(principal, [detail.id]),
    ]);
    const diagramSvg = workflowDiagram(version.definition.workflow, request.locale, detail.state.id);
    return reply.page(
      () => (
        <CasePage
          detail={detail}
          colleagues={colleagues}
          departments={departments}
          notice={extra.notice}
          errors={extra.errors}
          refusal={extra.refusal}
          values={extra.values}
          diagramSvg={diagramSvg}
          warnings={warnings.get(detail.id) ?? []}
        />
      ),
      extra.status ?? 200,
    );
  }

  /** Runs a change; a refusal the caseworker can act on re-renders the case page (or the conflict page) with nothing changed. */
  async function changeOrExplain(
    request: FastifyRequest,
    reply: FastifyReply,
    caseId: string,
    work: () => Promise<unknown>,
    notice: string,
    typed: Array<{ label: string; value: string }> = [],
    values: Record<string, string> = {},
    rename: Record<string, string> = {},
  ) {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      if (error.statusCode === 409)
        return reply.page(
          () => <ConflictPage caseId={caseId} message={error.detail} typed={typed.filter((entry) => entry.value)} />,
          409,
        );
      if (error instanceof TransitionRefused)
        return renderCase(request, reply, caseId, {
          status: 422,
          refusal: { message: error.detail, reasons: error.reasons },
          values,
        });
      return renderCase(request, reply, caseId, {
        status: error.statusCode,
        errors: formErrorsOf(error, { statuses: [400, 413, 415, 422], field: 'general', rename }),
        values,
      });
    }
    return reply.redirect(`/staff/cases/${caseId}?notice=${notice}`, 303);
  }

  return { renderCase, changeOrExplain };
}
