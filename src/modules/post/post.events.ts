import { z } from 'zod';
import { defineEvent } from '#platform/events/event.ts';

/**
 * What the post module tells other modules. Ids, codes and times only: never a CPR number, a subject or
 * a body (the schemas are strict, so nothing else slips in). Published in the transaction of the change.
 */

/** Exactly one of the two: the mailbox's owner, by internal id. */
const owner = {
  personId: z.uuid().optional(),
  businessId: z.uuid().optional(),
};
const oneOwner = (value: { personId?: string; businessId?: string }) => !value.personId !== !value.businessId;

export const PostMessageSent = defineEvent({
  name: 'post.message-sent',
  version: 1,
  description: 'The municipality sent a letter: into a digital mailbox, or queued for print.',
  payload: z
    .object({
      messageId: z.uuid(),
      ...owner,
      /** the sending department (authority): recipients choose notifications per authority */
      departmentCode: z.string().min(1),
      channel: z.enum(['digital', 'print']),
      /** the sender's case reference (a line-of-business system's id or reference) */
      caseId: z.string().min(1).max(100).optional(),
      bulkId: z.uuid().optional(),
      sentAt: z.iso.datetime({ offset: true }),
    })
    .strict()
    .refine(oneOwner, 'exactly one of personId and businessId'),
});

export const PostMessageDelivered = defineEvent({
  name: 'post.message-delivered',
  version: 1,
  description: 'A letter reached its recipient: in the digital mailbox, or printed in a print batch that was sent.',
  payload: z
    .object({
      messageId: z.uuid(),
      ...owner,
      departmentCode: z.string().min(1),
      channel: z.enum(['digital', 'print']),
      deliveredAt: z.iso.datetime({ offset: true }),
    })
    .strict()
    .refine(oneOwner, 'exactly one of personId and businessId'),
});

export const PostMessageRead = defineEvent({
  name: 'post.message-read',
  version: 1,
  description: 'The recipient opened a letter from the municipality for the first time.',
  payload: z
    .object({
      messageId: z.uuid(),
      ...owner,
      departmentCode: z.string().min(1),
      readAt: z.iso.datetime({ offset: true }),
    })
    .strict()
    .refine(oneOwner, 'exactly one of personId and businessId'),
});

export const PostReplyReceived = defineEvent({
  name: 'post.reply-received',
  version: 1,
  description: 'A citizen or business wrote to a department: a reply in a thread, or a new message.',
  payload: z
    .object({
      messageId: z.uuid(),
      threadId: z.uuid(),
      /** the letter replied to; absent for a new message to a department */
      inReplyTo: z.uuid().optional(),
      ...owner,
      departmentCode: z.string().min(1),
      caseId: z.string().min(1).max(100).optional(),
      receivedAt: z.iso.datetime({ offset: true }),
    })
    .strict()
    .refine(oneOwner, 'exactly one of personId and businessId'),
});

export const PostNemSmsRequested = defineEvent({
  name: 'post.nem-sms-requested',
  version: 1,
  description:
    'A line-of-business system sent a NemSMS (MeMo messageType NEMSMS) to a person or business: notify sends it as SMS.',
  payload: z
    .object({
      /** the NemSMS (its MeMo messageUUID); its text is asked of the post module, never carried here */
      smsId: z.uuid(),
      ...owner,
      departmentCode: z.string().min(1),
      requestedAt: z.iso.datetime({ offset: true }),
    })
    .strict()
    .refine(oneOwner, 'exactly one of personId and businessId'),
});

export const postEvents = [
  PostMessageSent,
  PostMessageDelivered,
  PostMessageRead,
  PostReplyReceived,
  PostNemSmsRequested,
];
