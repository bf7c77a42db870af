import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { type FieldError, zodFieldErrors } from '#platform/http/validation-errors.ts';
import { channelCodes, directions, outcomes } from './channel-codes.ts';
import type { SystemInquiry } from './inquiry.types.ts';

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
export type InquiryRequest = z.infer<typeof InquiryRequest>;
export const MAX_BATCH = 1000;
/** The request as the OpenAPI document shows it; the route reads it with `readInquiryRequest`, row by row. */
export const InquiryBatchRequest = z.union([
  InquiryRequest,
  z.object({ inquiries: z.array(InquiryRequest).min(1).max(MAX_BATCH) }).strict(),
]);

/** Each contact of the request, or what is wrong with it: `inquiries[<row>].<field>` (a single contact is row 0). */
export interface ReadInquiries {
  items: Array<InquiryRequest | undefined>;
  /** each row's purpose code as sent, also of a row refused for another field (its purpose is checked too) */
  purposes: Array<string | undefined>;
  problems: FieldError[];
}

/**
 * Reads one contact or a batch row by row, so a refusal names the row and field of every bad contact in the
 * caller's language (the union of the two shapes alone could only say that the body matched neither).
 */
export function readInquiryRequest(body: unknown): ReadInquiries {
  const batch = body !== null && typeof body === 'object' && !Array.isArray(body) && 'inquiries' in body;
  if (!batch) return readRows([body]);
  const { inquiries, ...rest } = body as { inquiries: unknown };
  const envelope = [
    ...Object.keys(rest).map((field) => ({ field, message: t('channels.api.unknownField') })),
    ...(!Array.isArray(inquiries) || inquiries.length === 0 || inquiries.length > MAX_BATCH
      ? [{ field: 'inquiries', message: t('channels.api.batchSize', { maximum: MAX_BATCH }) }]
      : []),
  ];
  if (envelope.length) return { items: [], purposes: [], problems: envelope };
  return readRows(inquiries as unknown[]);
}

function readRows(rows: readonly unknown[]): ReadInquiries {
  const items: Array<InquiryRequest | undefined> = [];
  const purposes: Array<string | undefined> = [];
  const problems: FieldError[] = [];
  rows.forEach((row, index) => {
    const parsed = InquiryRequest.safeParse(row);
    items.push(parsed.success ? parsed.data : undefined);
    const purpose = (row as { purpose?: unknown } | null)?.purpose;
    purposes.push(typeof purpose === 'string' && purpose.length > 0 && purpose.length <= 100 ? purpose : undefined);
    if (parsed.success) return;
    const messages = zodFieldErrors(parsed.error, [row]);
    parsed.error.issues.forEach((issue, at) => {
      const field = issue.path.map(String).join('.');
      const channel = field === 'channel' && issue.code === 'invalid_value';
      problems.push({
        field: `inquiries[${index}]${field ? `.${field}` : ''}`,
        message: channel
          ? t('channels.api.unknownChannel', {
              code: String((row as { channel?: unknown }).channel),
              codes: channelCodes.join(', '),
            })
          : issue.code === 'unrecognized_keys'
            ? t('channels.api.unknownFields', { fields: issue.keys.join(', ') })
            : messages[at].message,
      });
    });
  });
  return { items, purposes, problems };
}
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
