import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { channelCodes, directions, outcomes } from './channel-codes.ts';
import type { SystemInquiry } from './system-inquiry.service.ts';

export const InquiryRequest = z
  .object({
    externalId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('your id of the contact: a contact sent again with it counts once'),
    purpose: z.string().min(1).max(100).describe('an inquiry purpose code (see the administration of purposes)'),
    channel: z.enum(channelCodes),
    direction: z.enum(directions).default('inbound'),
    outcome: z.enum(outcomes).default('resolved'),
    occurredAt: z.iso.datetime({ offset: true }),
    party: z
      .union([z.object({ personId: z.uuid() }), z.object({ businessId: z.uuid() })])
      .optional()
      .describe('internal person or business id; absent for an anonymous contact'),
    departmentCode: z.string().min(1).max(50).optional(),
    resolvedFirstContact: z.boolean().optional(),
    couldBeDigital: z.boolean().optional(),
    count: z.number().int().min(1).max(10000).optional().describe('a tally of anonymous contacts'),
  })
  .strict();
export const InquiryBatchRequest = z.union([
  InquiryRequest,
  z.object({ inquiries: z.array(InquiryRequest).min(1).max(1000) }).strict(),
]);
export const InquiryBatchResponse = z.object({
  registered: z
    .number()
    .int()
    .describe('contacts stored by this call (a contact with a known externalId is not stored again)'),
  ids: z.array(z.uuid()),
});

/** One contact of the request as the register stores it; without an external id it always counts. */
export const toSystemInquiry = (clientId: string, item: z.infer<typeof InquiryRequest>): SystemInquiry => ({
  sourceKey: item.externalId ? `api:${clientId}:${item.externalId}` : `api:${randomUUID()}`,
  purposeCode: item.purpose,
  channel: item.channel,
  direction: item.direction,
  outcome: item.outcome,
  occurredAt: new Date(item.occurredAt),
  party: !item.party
    ? { kind: 'anonymous' }
    : 'personId' in item.party
      ? { kind: 'person', id: item.party.personId }
      : { kind: 'business', id: item.party.businessId },
  ...(item.departmentCode ? { departmentCode: item.departmentCode } : {}),
  ...(item.resolvedFirstContact !== undefined ? { resolvedFirstContact: item.resolvedFirstContact } : {}),
  ...(item.couldBeDigital !== undefined ? { couldBeDigital: item.couldBeDigital } : {}),
  ...(item.count ? { count: item.count } : {}),
});
