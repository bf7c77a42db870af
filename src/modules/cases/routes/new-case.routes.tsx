import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fieldMessages } from '#platform/http/problem.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { CasesService } from '../cases.service.ts';
import { newCaseProblems } from '../case-intake.service.ts';
import { CaseCreatedPage, NewCasePage } from '../views/staff/new-case-page.tsx';
import { text } from './staff-route-common.ts';

const NewCaseBody = z.object({
  caseTypeCode: z.string().max(100).default(''),
  channel: z.enum(['attendance', 'phone']).catch('attendance'),
  cpr: text(20),
  cvr: text(20),
  title: text(300),
  description: text(10_000),
});

/** Creating a case at the desk or on the phone, on behalf of a citizen or business. */
export function registerNewCaseRoutes(app: FastifyInstance, service: CasesService): void {
  app.get('/staff/cases/new', { config: { permission: 'case:create' } }, async (_request, reply) =>
    reply.page(async () => <NewCasePage caseTypes={await service.caseTypeOptions()} />),
  );

  app.post('/staff/cases/new', { config: { permission: 'case:create' } }, async (request, reply) => {
    const principal = request.principal!;
    const body = NewCaseBody.parse(request.body ?? {});
    const caseTypes = await service.caseTypeOptions();
    const offered = caseTypes.map((type) => type.code);
    const errors: FieldErrors = fieldMessages(newCaseProblems(body, offered));
    if (!Object.keys(errors).length) {
      const intake = await attemptForm(
        () =>
          service.intake.onBehalf(principal, { ...body, cpr: body.cpr?.trim(), cvr: body.cvr?.trim() || undefined }),
        { statuses: [400, 404], field: body.cvr?.trim() ? 'cvr' : 'cpr' },
      );
      if (intake.ok) {
        const created = intake.value;
        const visible = await service.mayRead(principal, created.caseId);
        return reply.page(
          () => (
            <CaseCreatedPage
              reference={created.reference}
              caseId={created.caseId}
              applicantName={created.applicantName}
              visible={visible}
            />
          ),
          201,
        );
      }
      Object.assign(errors, intake.errors);
    }
    return reply.page(() => <NewCasePage caseTypes={caseTypes} values={body} errors={errors} />, 400);
  });
}
