import { z } from 'zod';
import type { CaseDetail } from '../cases.types.ts';

/** What the integration API answers for a case, and how a case's detail becomes that answer. */
const Text = z.object({ da: z.string(), en: z.string() });
export const Fields = z.record(z.string().max(100), z.unknown()).describe('case fields (free-form values by name)');

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

export const toResponse = (detail: CaseDetail): z.infer<typeof CaseResponse> => ({
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
