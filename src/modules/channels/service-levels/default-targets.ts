import type { TargetInput } from './target-input.ts';

/** The decision the shipped targets refer to (a demo municipality's service-level decision for 2026). */
const decision = { decidedBy: 'Økonomiudvalget', decisionReference: 'ØU 2025-12-09, pkt. 7 (00.01.10-A00-3-25)' };

/**
 * The targets a new installation starts with, valid from 1 January 2026: written inquiries to a department in
 * Digital Post answered within 2 working days for 90 %, cases decided within their published processing time for
 * 90 %, building permits (long and often late) for 80 %. Caseworkers are warned 5 working days before a case's
 * deadline (10 for building permits), in time to send the § 3 notice. The phone line answers 80 % of the calls
 * within 60 seconds, the desk calls 80 % of walk-ins within 15 minutes, 90 % of callbacks are made within 8
 * working hours, 75 % of desk and phone contacts are resolved at the first contact, and 80 % of the citizens who
 * answer the survey give 4 or 5.
 */
export const defaultTargets: readonly TargetInput[] = [
  {
    metric: 'written-answer',
    serviceKind: 'all',
    serviceCode: '',
    channel: 'digital-post',
    withinDays: 2,
    withinAmount: null,
    targetPercent: 90,
    noticeDays: null,
    validFrom: '2026-01-01',
    validTo: null,
    ...decision,
  },
  {
    metric: 'case-decided',
    serviceKind: 'all',
    serviceCode: '',
    channel: 'any',
    withinDays: null,
    withinAmount: null,
    targetPercent: 90,
    noticeDays: 5,
    validFrom: '2026-01-01',
    validTo: null,
    ...decision,
  },
  {
    metric: 'case-decided',
    serviceKind: 'case-type',
    serviceCode: 'building-permit',
    channel: 'any',
    withinDays: null,
    withinAmount: null,
    targetPercent: 80,
    noticeDays: 10,
    validFrom: '2026-01-01',
    validTo: null,
    ...decision,
  },
  ...(
    [
      ['phone-answer', 'phone', 60, 80],
      ['desk-wait', 'attendance', 15, 80],
      ['callback', 'phone', 8, 90],
      ['first-contact', 'any', null, 75],
      ['satisfaction', 'any', 4, 80],
    ] as const
  ).map(([metric, channel, withinAmount, targetPercent]) => ({
    metric,
    serviceKind: 'all' as const,
    serviceCode: '',
    channel,
    withinDays: null,
    withinAmount,
    targetPercent,
    noticeDays: null,
    validFrom: '2026-01-01',
    validTo: null,
    ...decision,
  })),
];
