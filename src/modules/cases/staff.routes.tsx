import { uploadedFilename } from '#platform/http/uploads.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { fieldMessages, HttpProblem } from '#platform/http/problem.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import { handOffProblems, TransitionRefused, type CasesService } from './cases.service.ts';
import { newCaseProblems } from './case-intake.service.ts';
import { workflowDiagram } from './workflow-diagram-adapter.ts';
import { copenhagenTime } from './copenhagen-time.ts';
import { QueuePage } from './views/staff/queue-page.tsx';
import { CasePage } from './views/staff/case-page.tsx';
import { ConflictPage } from './views/staff/conflict-page.tsx';
import { CaseCreatedPage, NewCasePage } from './views/staff/new-case-page.tsx';
import { attemptForm, formErrorsOf } from '#platform/views/form-problems.ts';

const IdParams = z.object({ id: z.string().max(100) });
const TaskParams = z.object({ id: z.string().max(100), taskId: z.string().max(100) });
const DocumentParams = z.object({ id: z.string().max(100), documentId: z.string().max(100) });
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
export const QueueQuery = z.object({
  state: optional(
    z
      .string()
      .max(60)
      .regex(/^[a-z0-9_]*$/),
  ).transform((value) => value || undefined),
  caseType: optional(
    z
      .string()
      .max(60)
      .regex(/^[a-z0-9-]*$/),
  ).transform((value) => value || undefined),
  deadline: optional(z.enum(['soon', 'overdue'])),
  assignment: optional(z.enum(['all', 'unassigned', 'mine'])),
  sort: optional(z.enum(['deadline', 'received', 'reference'])),
  dir: optional(z.enum(['asc', 'desc'])),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
  notice: optional(z.enum(['assigned', 'handedOff'])),
});
const text = (max: number) => z.string().max(max).optional().catch(undefined);
const Version = z.coerce.number().int().min(1).optional().catch(undefined);
const AssignBody = z.object({
  version: Version,
  assignee: z.string().max(100).default(''),
  returnTo: z.string().max(2000).optional(),
});
const TransitionBody = z.object({
  version: Version,
  transitionId: z.string().max(100).default(''),
  note: text(10_000),
  appointmentAt: text(30),
  place: text(300),
});
const NoteBody = z.object({ body: z.string().max(20_000).default('') });
const TaskBody = z.object({ taskTitle: z.string().max(1000).default(''), dueDate: text(20), assigneeId: text(100) });
const ShareBody = z.object({ shared: z.enum(['true', 'false']).default('true') });
const HandOffBody = z.object({
  version: Version,
  department: z.string().max(60).default(''),
  reason: z.string().max(2000).default(''),
});
const UploadBody = z.object({
  file: z.instanceof(Buffer).optional().catch(undefined),
  documentType: z.string().max(100).default('attachment'),
  documentTitle: text(200),
  documentId: text(100),
  shared: text(10),
});
const NewCaseBody = z.object({
  caseTypeCode: z.string().max(100).default(''),
  channel: z.enum(['attendance', 'phone']).catch('attendance'),
  cpr: text(20),
  cvr: text(20),
  title: text(300),
  description: text(10_000),
});
const DownloadQuery = z.object({
  version: optional(z.coerce.number().int().min(1)),
  view: optional(z.enum(['inline'])),
});

const read = { config: { permission: 'case:read' } } as const;
const update = { config: { permission: 'case:update' } } as const;
const readCase = { config: { ...read.config, record: 'case' } } as const;
const updateCase = { config: { ...update.config, record: 'case' } } as const;
const PURPOSE = 'case handling';

/** Staff pages: the work queue, the case page and its forms, creating a case at the desk or on the phone. */
export function registerStaffCaseRoutes(app: FastifyInstance, service: CasesService): void {
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
    const diagramSvg = workflowDiagram(
      (await service.caseTypes.version(detail.caseTypeVersionId)).definition.workflow,
      request.locale,
      detail.state.id,
    );
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

  app.get('/staff/cases', read, async (request, reply) => {
    const principal = request.principal!;
    const { notice, ...filters } = QueueQuery.parse(request.query ?? {});
    const [result, options] = await Promise.all([
      service.queue(principal, filters),
      service.queueFilterOptions(principal),
    ]);
    return reply.page(() => (
      <QueuePage
        cases={result.cases}
        filters={filters}
        options={options}
        page={result.page}
        hasNext={result.hasNext}
        notice={notice}
      />
    ));
  });

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

  app.get('/staff/cases/:id', readCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const notice = z
      .object({
        notice: z
          .string()
          .regex(/^[a-zA-Z]+$/)
          .max(40)
          .optional()
          .catch(undefined),
      })
      .parse(request.query ?? {}).notice;
    return renderCase(request, reply, id, { notice });
  });

  app.post('/staff/cases/:id/assign', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = AssignBody.parse(request.body ?? {});
    const principal = request.principal!;
    const assignee = body.assignee === 'me' ? principal.id : body.assignee || null;
    if (body.returnTo?.startsWith('/staff/cases?')) {
      try {
        await service.assign(principal, id, body.version, assignee);
      } catch (error) {
        if (error instanceof HttpProblem && error.statusCode === 409)
          return reply.page(() => <ConflictPage caseId={id} message={error.detail} typed={[]} />, 409);
        throw error;
      }
      return reply.redirect(`${body.returnTo}&notice=assigned`, 303);
    }
    return changeOrExplain(request, reply, id, () => service.assign(principal, id, body.version, assignee), 'assigned');
  });

  app.post(
    '/staff/cases/:id/transitions',
    { config: { permission: 'case:transition', record: 'case' } },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const body = TransitionBody.parse(request.body ?? {});
      const appointmentAt = copenhagenTime(body.appointmentAt);
      const input = {
        transitionId: body.transitionId,
        version: body.version,
        note: body.note?.trim() || undefined,
        appointment:
          appointmentAt && body.place?.trim() ? { startsAt: appointmentAt, place: body.place.trim() } : undefined,
      };
      const typed = [{ label: t('cases.transitions.note'), value: body.note ?? '' }];
      return changeOrExplain(
        request,
        reply,
        id,
        () => service.transition(request.principal!, id, input),
        'transitioned',
        typed,
        { transitionId: body.transitionId, note: body.note ?? '' },
        { note: `note-${body.transitionId}`, appointmentAt: `appointmentAt-${body.transitionId}` },
      );
    },
  );

  app.post('/staff/cases/:id/notes', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const { body } = NoteBody.parse(request.body ?? {});
    return changeOrExplain(
      request,
      reply,
      id,
      () => service.records.addNote(request.principal!, id, body),
      'noteAdded',
      [],
      { body },
    );
  });

  app.post('/staff/cases/:id/tasks', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = TaskBody.parse(request.body ?? {});
    return changeOrExplain(
      request,
      reply,
      id,
      () =>
        service.addTask(request.principal!, id, {
          title: body.taskTitle,
          dueDate: body.dueDate || undefined,
          assigneeId: body.assigneeId || undefined,
        }),
      'taskAdded',
      [],
      { taskTitle: body.taskTitle },
    );
  });

  app.post('/staff/cases/:id/tasks/:taskId/done', updateCase, async (request, reply) => {
    const { id, taskId } = TaskParams.parse(request.params);
    return changeOrExplain(
      request,
      reply,
      id,
      () => service.records.completeTask(request.principal!, id, taskId),
      'taskDone',
    );
  });

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

  app.post('/staff/cases/:id/hand-off', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = HandOffBody.parse(request.body ?? {});
    const problems = handOffProblems(body);
    if (problems.length) return renderCase(request, reply, id, { status: 400, errors: fieldMessages(problems) });
    try {
      await service.handOff(request.principal!, id, body.version, body.department, body.reason.trim());
    } catch (error) {
      if (error instanceof HttpProblem && error.statusCode === 409)
        return reply.page(
          () => (
            <ConflictPage
              caseId={id}
              message={error.detail}
              typed={[{ label: t('cases.handOff.reason'), value: body.reason }]}
            />
          ),
          409,
        );
      return renderCase(request, reply, id, { status: 400, errors: formErrorsOf(error, { field: 'department' }) });
    }
    // the case has left the caller's department: back to the queue
    return reply.redirect('/staff/cases?notice=handedOff', 303);
  });
}
