import { z } from 'zod';
import { defineEvent } from '#platform/events/event.ts';

/**
 * What service levels tell other modules: an open case will miss its published processing time within the
 * target's warning days (retssikkerhedsloven § 3). Ids, codes and times only.
 */
export const ProcessingTimeAtRisk = defineEvent({
  name: 'channels.processing-time-at-risk',
  version: 1,
  description: 'An open case is at risk of missing its published processing time: the § 3 notice is due.',
  payload: z
    .object({
      caseId: z.uuid(),
      caseTypeCode: z.string().min(1),
      departmentCode: z.string().min(1).optional(),
      deadline: z.iso.datetime({ offset: true }),
      detectedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const serviceLevelEvents = [ProcessingTimeAtRisk];
