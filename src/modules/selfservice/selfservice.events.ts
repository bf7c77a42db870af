import { z } from 'zod';
import { defineEvent } from '#platform/events/event.ts';

/**
 * What the self-service module tells other modules: the same anonymous facts its usage counts are made
 * of, by id and solution code. Never the answers, the files or who the applicant is (the schemas are strict).
 */

export const SelfserviceStarted = defineEvent({
  name: 'selfservice.started',
  version: 1,
  description: 'A citizen or business started an application (a draft) for a self-service solution.',
  payload: z
    .object({
      draftId: z.uuid(),
      solutionCode: z.string().min(1),
      audience: z.enum(['citizen', 'business']),
      startedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const SelfserviceSubmitted = defineEvent({
  name: 'selfservice.submitted',
  version: 1,
  description: 'An application was submitted and its case created.',
  payload: z
    .object({
      submissionId: z.uuid(),
      draftId: z.uuid(),
      solutionCode: z.string().min(1),
      audience: z.enum(['citizen', 'business']),
      caseId: z.uuid(),
      caseTypeCode: z.string().min(1),
      submittedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const SelfserviceAbandoned = defineEvent({
  name: 'selfservice.abandoned',
  version: 1,
  description:
    'A draft untouched for the abandonment period was counted as abandoned (by the daily count; once per draft).',
  payload: z
    .object({
      draftId: z.uuid(),
      solutionCode: z.string().min(1),
      lastActivityAt: z.iso.datetime({ offset: true }),
      /** the Danish day the draft became abandoned (the day it is counted on), YYYY-MM-DD */
      abandonedOn: z.iso.date(),
    })
    .strict(),
});

export const selfserviceEvents = [SelfserviceStarted, SelfserviceSubmitted, SelfserviceAbandoned];
