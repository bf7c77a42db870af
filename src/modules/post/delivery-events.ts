import type * as repository from './post.repository.ts';

/** The `post.message-sent` payload of a letter from the municipality. */
export function sentEvent(
  message: Pick<repository.MessageRow, 'id' | 'department_code' | 'delivery' | 'case_id' | 'bulk_id' | 'created_at'>,
  party: { personId: string } | { businessId: string },
) {
  return {
    messageId: message.id,
    ...party,
    departmentCode: message.department_code,
    channel: message.delivery,
    ...(message.case_id ? { caseId: message.case_id } : {}),
    ...(message.bulk_id ? { bulkId: message.bulk_id } : {}),
    sentAt: message.created_at.toISOString(),
  };
}

/** The `post.message-delivered` payload of a letter that landed in a digital mailbox. */
export const deliveredEvent = (sent: ReturnType<typeof sentEvent>) => ({
  messageId: sent.messageId,
  ...('personId' in sent ? { personId: sent.personId } : { businessId: sent.businessId }),
  departmentCode: sent.departmentCode,
  channel: 'digital' as const,
  deliveredAt: sent.sentAt,
});
