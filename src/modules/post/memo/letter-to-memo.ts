import type { AttachmentRow, MessageRow } from '../post.repository.ts';
import { CASE_SYSTEM, caseIdElement } from './memo-content-data.ts';
import type { MemoMessage } from './memo-message.ts';
import { element } from './xml-tree.ts';

/** The municipality's own CVR number as the sender of every MeMo message (fictitious demo municipality). */
export const MUNICIPALITY_CVR = '55133018';
export const MUNICIPALITY_NAME = 'Demo Kommune';

/**
 * A letter written in the platform as MeMo 1.2: the body as a text/plain main document, attachments as
 * additional documents, the department as ContentResponsible (its code is the id), the case as CaseID,
 * the letter it answers as ReplyData. A department that no longer exists is named by the code the letter kept.
 */
export function memoFromMessage(
  message: MessageRow,
  attachments: AttachmentRow[],
  recipient: { kind: 'person' | 'business'; number: string; name: string },
  sender: { code: string; name: string } | undefined,
): MemoMessage {
  const department = sender ?? { code: message.department_code, name: message.department_code };
  return {
    messageType: 'DIGITALPOST',
    messageUuid: message.id,
    label: message.subject,
    ...(message.notification_text ? { notification: message.notification_text } : {}),
    reply: message.reply_allowed,
    sender: {
      id: MUNICIPALITY_CVR,
      idType: 'CVR',
      label: `${MUNICIPALITY_NAME}, ${department.name}`,
      attentionData: element('AttentionData', [
        element('ContentResponsible', [
          element('contentResponsibleID', department.code),
          element('label', department.name),
        ]),
      ]),
    },
    recipient: {
      id: recipient.number,
      idType: recipient.kind === 'person' ? 'CPR' : 'CVR',
      ...(recipient.name ? { label: recipient.name } : {}),
    },
    ...(message.case_id ? { contentData: [caseIdElement({ caseId: message.case_id, caseSystem: CASE_SYSTEM })] } : {}),
    replyData: message.in_reply_to ? [{ messageUuid: message.in_reply_to, additional: [] }] : [],
    body: {
      createdDateTime: message.created_at.toISOString(),
      mainDocument: {
        label: message.subject,
        files: [
          {
            encodingFormat: 'text/plain',
            filename: 'brev.txt',
            language: 'da',
            content: Buffer.from(message.body, 'utf8'),
          },
        ],
        actions: [],
      },
      additionalDocuments: attachments.map((attachment) => ({
        label: attachment.filename,
        files: [
          {
            encodingFormat: attachment.content_type,
            filename: attachment.filename,
            language: 'da',
            content: attachment.content,
          },
        ],
        actions: [],
      })),
      technicalDocuments: [],
    },
  };
}
