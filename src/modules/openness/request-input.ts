import { z } from 'zod';
import { badRequest } from '#platform/http/problem.ts';
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
});
export type AccessRequestForm = z.infer<typeof AccessRequestForm>;

export interface AccessRequestInput {
  entryIds: string[];
  description: string;
  email?: string;
  kind: 'public' | 'party';
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const emailPattern = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** The request checked; `anonymous` callers must give an e-mail and cannot ask as a party. */
export function accessRequestInput(form: AccessRequestForm, anonymous: boolean): AccessRequestInput {
  const problems: Array<{ field: string; message: string }> = [];
  const entryIds = [...new Set(form.entry)];
  if (entryIds.length > 50 || entryIds.some((id) => !uuid.test(id)))
    problems.push({ field: 'entry', message: 'openness.request.error.entryGone' });
  const description = form.description?.trim() ?? '';
  if (!entryIds.length && !description) problems.push({ field: 'description', message: 'openness.request.error.what' });
  if (description.length > 2000) problems.push({ field: 'description', message: 'openness.request.error.tooLong' });
  const email = form.email?.trim() || undefined;
  if (anonymous && (!email || !emailPattern.test(email) || email.length > 254))
    problems.push({ field: 'email', message: 'openness.request.error.email' });
  const kind = form.kind === 'party' ? 'party' : 'public';
  if (kind === 'party' && anonymous) problems.push({ field: 'kind', message: 'openness.request.error.party' });
  if (problems.length) throw badRequest('openness.request.error.summary', {}, problems);
  return { entryIds, description, email: anonymous ? email : undefined, kind };
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
  if (!form.entry || !uuid.test(form.entry)) problems.push({ field: 'entry', message: 'openness.redact.error.entry' });
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
