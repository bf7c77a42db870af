import { z } from 'zod';
import { badRequest } from '#platform/http/problem.ts';
import { isUuid } from './ids.ts';
import { decisions, isLegalGround, type Decision, type LegalGround } from './openness-codes.ts';

const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** The request form as posted: the entries pointed at, a description, the e-mail of an anonymous requester. */
export const AccessRequestForm = z.object({
  entry: many,
  description: z.string().optional(),
  email: z.string().optional(),
  kind: z.string().optional(),
  caseReference: z.string().optional(),
});
export type AccessRequestForm = z.infer<typeof AccessRequestForm>;

export interface AccessRequestInput {
  entryIds: string[];
  description: string;
  email?: string;
  kind: 'public' | 'party';
  /** a party's own case (forvaltningsloven § 9): all its letters are at the caseworker's, listed or not */
  caseReference?: string;
}

const emailPattern = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** The request checked; `anonymous` callers must give an e-mail and cannot ask as a party. */
export function accessRequestInput(form: AccessRequestForm, anonymous: boolean): AccessRequestInput {
  const problems: Array<{ field: string; message: string }> = [];
  const entryIds = [...new Set(form.entry)];
  if (entryIds.length > 50 || entryIds.some((id) => !isUuid(id)))
    problems.push({ field: 'entry', message: 'openness.request.error.entryGone' });
  const description = form.description?.trim() ?? '';
  const caseReference = form.caseReference?.trim() || undefined;
  if (!entryIds.length && !description && !caseReference)
    problems.push({ field: 'description', message: 'openness.request.error.what' });
  if (description.length > 2000) problems.push({ field: 'description', message: 'openness.request.error.tooLong' });
  const email = form.email?.trim() || undefined;
  if (anonymous && (!email || !emailPattern.test(email) || email.length > 254))
    problems.push({ field: 'email', message: 'openness.request.error.email' });
  const kind = form.kind === 'party' ? 'party' : 'public';
  if (kind === 'party' && anonymous) problems.push({ field: 'kind', message: 'openness.request.error.party' });
  if (caseReference && (kind !== 'party' || !/^[A-Za-z0-9-]{1,40}$/.test(caseReference)))
    problems.push({ field: 'caseReference', message: 'openness.request.error.ownCase' });
  if (problems.length) throw badRequest('openness.request.error.summary', {}, problems);
  return { entryIds, description, email: anonymous ? email : undefined, kind, caseReference };
}

export const RedactionForm = z.object({
  entry: z.string().optional(),
  passage: z.string().optional(),
  ground: z.string().optional(),
});

export function redactionInput(form: z.infer<typeof RedactionForm>): {
  entryId: string;
  passage: string;
  legalGround: LegalGround;
} {
  const problems: Array<{ field: string; message: string }> = [];
  const passage = form.passage ?? '';
  if (!passage.trim() || passage.length > 2000)
    problems.push({ field: 'passage', message: 'openness.redact.error.passage' });
  if (!form.ground || !isLegalGround(form.ground))
    problems.push({ field: 'ground', message: 'openness.redact.error.ground' });
  if (!form.entry || !isUuid(form.entry)) problems.push({ field: 'entry', message: 'openness.redact.error.entry' });
  if (problems.length) throw badRequest('openness.redact.error.summary', {}, problems);
  return { entryId: form.entry!, passage, legalGround: form.ground as LegalGround };
}

export const DecisionForm = z.object({
  decision: z.string().optional(),
  reason: z.string().optional(),
  handOut: many,
});

export function decisionInput(form: z.infer<typeof DecisionForm>): {
  decision: Decision;
  reason: string;
  handOut: string[];
} {
  const problems: Array<{ field: string; message: string }> = [];
  const decision = (decisions as readonly string[]).includes(form.decision ?? '')
    ? (form.decision as Decision)
    : undefined;
  if (!decision) problems.push({ field: 'decision', message: 'openness.decide.error.decision' });
  const reason = form.reason?.trim() ?? '';
  if (!reason || reason.length > 4000) problems.push({ field: 'reason', message: 'openness.decide.error.reason' });
  if (problems.length) throw badRequest('openness.decide.error.summary', {}, problems);
  return { decision: decision!, reason, handOut: decision === 'refused' ? [] : form.handOut };
}

export const ExtensionForm = z.object({ delayReason: z.string().optional(), expectedAt: z.string().optional() });

/** § 36: why the answer takes longer than 7 working days, and the day it can be expected. */
export function extensionInput(form: z.infer<typeof ExtensionForm>): { reason: string; expectedAt: string } {
  const problems: Array<{ field: string; message: string }> = [];
  const reason = form.delayReason?.trim() ?? '';
  if (!reason || reason.length > 2000) problems.push({ field: 'delayReason', message: 'openness.extend.error.reason' });
  const expectedAt = form.expectedAt?.trim() ?? '';
  const date = new Date(`${expectedAt}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(expectedAt) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(expectedAt)
  )
    problems.push({ field: 'expectedAt', message: 'openness.extend.error.date' });
  if (problems.length) throw badRequest('openness.extend.error.summary', {}, problems);
  return { reason, expectedAt };
}
