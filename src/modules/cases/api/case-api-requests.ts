import { z } from 'zod';
import { Fields } from './case-response.ts';

/** The integration API's request and response bodies (they also make the OpenAPI document). */
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
export const IdParams = z.object({ id: z.string().max(100) });

/** The problems every changing route may answer with. */
export const problems = { 400: z.unknown(), 404: z.unknown(), 409: z.unknown(), 422: z.unknown() };
