import type { Attachment } from '#platform/contracts.ts';
import type { MemoMessage } from './memo/memo-message.ts';
import type { AttachmentRow, MessageRow } from './post.repository.ts';

/** The municipality's own CVR number as the sender of every MeMo message (fictitious demo municipality). */
export const MUNICIPALITY_CVR = '55133018';
export const MUNICIPALITY_NAME = 'Demo Kommune';

export interface LetterFromMemo {
  id: string;
  recipient: { kind: 'cpr' | 'cvr'; number: string };
  subject: string;
  body: string;
  replyAllowed: boolean;
  caseId?: string;
  departmentCode?: string;
  notificationText?: string;
  attachments: Attachment[];
}

/**
 * A MeMo message as a letter: the main document's text is the body (a PDF main document becomes the
 * first attachment, with the notification or label as the body), additional documents are attachments,
 * the sender's unit is the department code, and the message UUID becomes the message id.
 */
export function letterFromMemo(memo: MemoMessage): LetterFromMemo {
  const attachments: Attachment[] = [];
  let body = '';
  for (const file of memo.mainDocument.files) {
    if (file.contentType.startsWith('text/')) body += (body ? '\n\n' : '') + file.content.toString('utf8');
    else attachments.push({ filename: file.filename, contentType: file.contentType, content: file.content });
  }
  if (memo.mainDocument.files.some((file) => file.contentType === 'text/html')) body = body.replace(/<[^>]*>/g, '');
  if (!body.trim()) body = memo.notification || memo.label;
  for (const document of memo.additionalDocuments)
    for (const file of document.files)
      attachments.push({ filename: file.filename, contentType: file.contentType, content: file.content });
  return {
    id: memo.messageUuid.toLowerCase(),
    recipient: { kind: memo.recipient.idType === 'CPR' ? 'cpr' : 'cvr', number: memo.recipient.id },
    subject: memo.label,
    body,
    replyAllowed: memo.reply,
    caseId: memo.caseReference,
    departmentCode: memo.sender.unit?.toLowerCase(),
    notificationText: memo.notification,
    attachments,
  };
}

/**
 * A stored message as MeMo (the export): the body as a text/plain main document, attachments as additional
 * documents. A sending department that no longer exists is named by the code the message kept.
 */
export function memoFromMessage(
  message: MessageRow,
  attachments: AttachmentRow[],
  recipient: { kind: 'person' | 'business'; number: string; name: string },
  sender: { code: string; name: string } | undefined,
): MemoMessage {
  const department = sender ?? { code: message.department_code, name: message.department_code };
  return {
    messageUuid: message.id,
    label: message.subject,
    ...(message.notification_text ? { notification: message.notification_text } : {}),
    reply: message.reply_allowed,
    sender: {
      idType: 'CVR',
      id: MUNICIPALITY_CVR,
      label: `${MUNICIPALITY_NAME}, ${department.name}`,
      unit: department.code,
    },
    recipient: {
      idType: recipient.kind === 'person' ? 'CPR' : 'CVR',
      id: recipient.number,
      ...(recipient.name ? { label: recipient.name } : {}),
    },
    ...(message.case_id ? { caseReference: message.case_id } : {}),
    createdAt: message.created_at,
    mainDocument: {
      label: message.subject,
      files: [
        { filename: 'brev.txt', contentType: 'text/plain', language: 'da', content: Buffer.from(message.body, 'utf8') },
      ],
    },
    additionalDocuments: attachments.map((attachment) => ({
      label: attachment.filename,
      files: [
        {
          filename: attachment.filename,
          contentType: attachment.content_type,
          language: 'da',
          content: attachment.content,
        },
      ],
    })),
  };
}
