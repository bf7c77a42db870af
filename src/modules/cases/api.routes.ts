import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CasesService } from './cases.service.ts';
import {
  AddDocumentRequest,
  AddDocumentResponse,
  CreateCaseRequest,
  CreateCaseResponse,
  IdParams,
  problems,
  UpdateCaseRequest,
} from './api/case-api-requests.ts';
import { CaseResponse, toResponse } from './api/case-response.ts';
import { ifMatch } from './api/if-match.ts';
import { registerTransitionApiRoutes } from './api/transition-api.routes.ts';

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

  registerTransitionApiRoutes(app, service, PURPOSE);
}
