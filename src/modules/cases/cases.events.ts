import { z } from 'zod';
import { defineEvent } from '#platform/events/event.ts';

/**
 * What the cases module tells other modules. Ids, codes (case type, KLE, department, channel) and times:
 * never a party's CPR number, a case's title, fields, notes or documents (the schemas are strict).
 */

const kle = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/);
const caseCodes = {
  caseId: z.uuid(),
  caseTypeCode: z.string().min(1),
  kle,
  /** the owning department; absent when the case type names a department that does not exist */
  departmentCode: z.string().min(1).optional(),
};

export const CaseCreated = defineEvent({
  name: 'cases.case-created',
  version: 1,
  description:
    'A case was created: through self-service, at the desk, on the phone, by letter or e-mail, or by an API client.',
  payload: z
    .object({
      ...caseCodes,
      channel: z.enum(['selfservice', 'attendance', 'phone', 'letter', 'email', 'api']),
      /** the workflow's initial state */
      state: z.string().min(1),
      personId: z.uuid().optional(),
      businessId: z.uuid().optional(),
      deadline: z.iso.datetime({ offset: true }).optional(),
      createdAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const CaseStateChanged = defineEvent({
  name: 'cases.state-changed',
  version: 1,
  description: 'A case took a workflow transition (by staff, a party, an API client or automatically).',
  payload: z
    .object({
      ...caseCodes,
      transitionId: z.string().min(1),
      from: z.string().min(1),
      to: z.string().min(1),
      /** who took it: `staff`, `citizen`, `business`, `integration` or `system` (automatic) */
      actorKind: z.string().min(1),
      changedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const CaseClosed = defineEvent({
  name: 'cases.case-closed',
  version: 1,
  description: 'A case reached an end state of its workflow.',
  payload: z
    .object({
      ...caseCodes,
      state: z.string().min(1),
      /** the end state's result code, e.g. `granted`, `refused`, `withdrawn` */
      result: z.string().min(1),
      receivedAt: z.iso.datetime({ offset: true }),
      closedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const CaseDeadlineMissed = defineEvent({
  name: 'cases.deadline-missed',
  version: 1,
  description: 'An open case passed its processing deadline (found by the daily check; once per case and deadline).',
  payload: z
    .object({
      ...caseCodes,
      state: z.string().min(1),
      deadline: z.iso.datetime({ offset: true }),
      detectedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const casesEvents = [CaseCreated, CaseStateChanged, CaseClosed, CaseDeadlineMissed];
