import { z } from 'zod';

/**
 * Events the post module emits through the queue. The post module enqueues them in the same
 * transaction as the message; the notify module registers the handler (defineJob with this name and
 * schema) and sends SMS/e-mail according to the recipient's choices. Never the message body or CPR.
 */
export const NEW_POST_EVENT = 'post.message-delivered';
export const NewPostEvent = z.object({
  messageId: z.uuid(),
  personId: z.uuid().optional(),
  businessId: z.uuid().optional(),
  /** the sending authority (department code) — recipients choose notifications per authority */
  authorityCode: z.string(),
  /** a short, non-sensitive notification text from the MeMo header (may be empty) */
  notificationText: z.string().max(160).optional(),
});
export type NewPostEvent = z.infer<typeof NewPostEvent>;
