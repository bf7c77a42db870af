import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '#platform/http/problem.ts';
import type { CasesService } from './cases.service.ts';
import type { CaseDetail } from './cases.types.ts';

const Text = z.object({ da: z.string(), en: z.string() });
const Fields = z.record(z.string().max(100), z.unknown()).describe('case fields (free-form values by name)');

export const CreateCaseRequest = z.object({
  caseTypeCode: z.string().min(1).max(100).describe('a case type code, e.g. housing-benefit'),
  applicant: z
    .union([z.object({ personId: z.uuid() }), z.object({ businessId: z.uuid() })])
    .describe('the applicant by Raadhus id (see POST /api/v1/people/lookup)'),
  title: z.string().max(300).optional(),
  fields: Fields.default({}),
});
export const CreateCaseResponse = z.object({
  id: z.uuid(),
  reference: z.string(),
  deadline: z.string().nullable(),
  expectedProcessingDays: z.number().int().nullable(),
  href: z.string(),
});

export const CaseResponse = z.object({
  id: z.uuid(),
  reference: z.string().describe('e.g. 2026-000123'),
  title: z.string(),
  caseType: z.object({ code: z.string(), name: Text, workflowVersion: z.number().int() }),
  state: z.object({ id: z.string(), label: Text, end: z.boolean() }),
  result: z.string().nullable(),
  deadline: z.string().nullable(),
  receivedAt: z.string(),
  closedAt: z.string().nullable(),
  channel: z.string(),
  departmentId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  fields: Fields,
  version: z.number().int().describe('for optimistic locking: send it back as If-Match (or `version`)'),
  documents: z.array(
    z.object({
      id: z.string(),
      documentType: z.string(),
      title: z.string(),
      sharedWithParties: z.boolean(),
      versions: z.number().int(),
    }),
  ),
  transitions: z.array(
    z.object({
      id: z.string(),
      label: Text,
      to: z.string(),
      allowed: z.boolean(),
      blocked: z.array(z.object({ key: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) })),
    }),
  ),
});

export const UpdateCaseRequest = z.object({
  fields: Fields,
  version: z.number().int().min(1).optional().describe('the version read; or send If-Match'),
});
export const AddDocumentRequest = z.object({
  filename: z.string().min(1).max(200),
  documentType: z.string().min(1).max(100).describe('a required document type of the case type, or "attachment"'),
  title: z.string().max(200).optional(),
  sharedWithParties: z.boolean().default(false),
  contentBase64: z.string().min(1).max(8_000_000).describe('PDF, JPEG or PNG, at most 5 MB, base64'),
  documentId: z.uuid().optional().describe('to add a new version of an existing document'),
});
export const AddDocumentResponse = z.object({ documentId: z.string(), version: z.number().int() });
export const TransitionRequest = z.object({
  transition: z.string().min(1).max(100).describe('a transition id of the case’s workflow'),
  note: z.string().max(10_000).optional(),
  version: z.number().int().min(1).optional().describe('the version read; or send If-Match'),
  appointment: z
    .object({ startsAt: z.iso.datetime({ offset: true }), place: z.string().min(1).max(300) })
    .optional()
    .describe('for transitions that schedule a reminder'),
});
const IdParams = z.object({ id: z.string().max(100) });

/** If-Match: "3" or 3 (a weak W/ prefix is accepted too). */
function ifMatch(header: string | string[] | undefined): number | undefined {
  const value = [header].flat()[0];
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(value.trim());
  if (!match) throw new HttpProblem(400, 'cases.api.ifMatch');
  return Number(match[1]);
}

const toResponse = (detail: CaseDetail): z.infer<typeof CaseResponse> => ({
  id: detail.id,
  reference: detail.reference,
  title: detail.title,
  caseType: { code: detail.caseType.code, name: detail.caseType.name, workflowVersion: detail.workflowVersion },
  state: { id: detail.state.id, label: detail.state.label, end: detail.state.end },
  result: detail.result,
  deadline: detail.deadline?.toISOString() ?? null,
  receivedAt: detail.receivedAt.toISOString(),
  closedAt: detail.closedAt?.toISOString() ?? null,
  channel: detail.channel,
  departmentId: detail.departmentId,
  assigneeId: detail.assigneeId,
  fields: detail.fields,
  version: detail.version,
  documents: detail.documents.map((document) => ({
    id: document.id,
    documentType: document.documentType,
    title: document.title,
    sharedWithParties: document.sharedWithParties,
    versions: document.versions.length,
  })),
  transitions: detail.transitions.map((transition) => ({
    id: transition.id,
    label: transition.label,
    to: transition.to.id,
    allowed: transition.allowed,
    blocked: transition.blocked,
  })),
});

const problems = { 400: z.unknown(), 404: z.unknown(), 409: z.unknown(), 422: z.unknown() };

/** The integration API for line-of-business systems: create, read, update fields, add documents, transition. */
export function registerCasesApiRoutes(app: FastifyInstance, service: CasesService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const PURPOSE = 'integration API';

  api.post(
    '/api/v1/cases',
    {
      config: { permission: 'case:create', idempotent: true },
      schema: {
        operationId: 'createCase',
        tags: ['cases'],
        summary: 'Create a case (send an Idempotency-Key)',
        body: CreateCaseRequest,
        response: { 201: CreateCaseResponse, ...problems },
      },
    },
    async (request, reply) => {
      const created = await service.intake.fromApi(request.principal!, request.body);
      return reply.code(201).send({
        id: created.caseId,
        reference: created.reference,
        deadline: created.deadline?.toISOString() ?? null,
        expectedProcessingDays: created.expectedProcessingDays,
        href: `/api/v1/cases/${created.caseId}`,
      });
    },
  );

  api.get(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case:read', record: 'case' },
      schema: {
        operationId: 'getCase',
        tags: ['cases'],
        summary: 'Read a case (by id or reference)',
        params: IdParams,
        response: { 200: CaseResponse, 404: z.unknown() },
      },
    },
    async (request, reply) => {
      const detail = await service.getCase(request.principal!, request.params.id, PURPOSE);
      return reply.header('etag', `"${detail.version}"`).send(toResponse(detail));
    },
  );

  api.patch(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case:update', record: 'case' },
      schema: {
        operationId: 'updateCaseFields',
        tags: ['cases'],
        summary: 'Update case fields (If-Match: the version read; 409 when the case changed)',
        params: IdParams,
        body: UpdateCaseRequest,
        response: { 200: CaseResponse, ...problems },
      },
    },
    async (request, reply) => {
      const version = ifMatch(request.headers['if-match']) ?? request.body.version;
      await service.updateFields(request.principal!, request.params.id, version, request.body.fields);
      const detail = await service.getCase(request.principal!, request.params.id, PURPOSE);
      return reply.header('etag', `"${detail.version}"`).send(toResponse(detail));
    },
  );

  api.post(
    '/api/v1/cases/:id/documents',
    {
      config: { permission: 'case:update', idempotent: true, record: 'case' },
      schema: {
        operationId: 'addCaseDocument',
        tags: ['cases'],
        summary: 'Add a document (or a new version of one)',
        params: IdParams,
        body: AddDocumentRequest,
        response: { 201: AddDocumentResponse, ...problems, 413: z.unknown(), 415: z.unknown() },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const stored = await service.addDocumentFromApi(request.principal!, request.params.id, {
        filename: body.filename,
        contentType: 'application/octet-stream',
        content: Buffer.from(body.contentBase64, 'base64'),
        documentType: body.documentType,
        title: body.title,
        sharedWithParties: body.sharedWithParties,
        documentId: body.documentId,
      });
      return reply.code(201).send(stored);
    },
  );

  api.post(
    '/api/v1/cases/:id/transitions',
    {
      config: { permission: 'case:transition', idempotent: true, record: 'case' },
      schema: {
        operationId: 'transitionCase',
        tags: ['cases'],
        summary: 'Take a workflow transition (422 with the reasons when the workflow refuses it)',
        params: IdParams,
        body: TransitionRequest,
        response: { 200: CaseResponse, ...problems },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const version = ifMatch(request.headers['if-match']) ?? body.version;
      await service.transition(request.principal!, request.params.id, {
        transitionId: body.transition,
        version,
        note: body.note,
        appointment: body.appointment
          ? { startsAt: new Date(body.appointment.startsAt), place: body.appointment.place }
          : undefined,
      });
      const detail = await service.getCase(request.principal!, request.params.id, PURPOSE);
      return reply.header('etag', `"${detail.version}"`).send(toResponse(detail));
    },
  );
}
