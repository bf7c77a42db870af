import type { Attachment } from '#platform/contracts.ts';
import { caseReferenceOf, contentResponsibleOf } from './memo-content-data.ts';
import type { MemoDocument, MemoMessage } from './memo-message.ts';

/** A MeMo message as the letter the post module stores (files still to be checked by content). */
export interface LetterFromMemo {
  id: string;
  recipient?: { kind: 'cpr' | 'cvr'; number: string };
  subject: string;
  body: string;
  replyAllowed: boolean;
  caseId?: string;
  /** the sending department, when ContentResponsible names one by its code */
  departmentCode?: string;
  notificationText?: string;
  files: Array<Attachment & { document: string }>;
  /** messages this one answers (ReplyData), for threading */
  replyTo: string[];
  /** midnight Danish time (+01:00: in summer time that is 01:00, still the same day) of doNotDeliverUntilDate */
  deliverAfter?: Date;
}

/**
 * The main document's text files are the body (HTML without its tags); its other files, the additional
 * and the technical documents' files are attachments. The message UUID becomes the letter's id.
 */
export function letterFromMemo(memo: MemoMessage): LetterFromMemo {
  const id = memo.messageUuid.toLowerCase();
  const main = memo.body?.mainDocument;
  const texts = main?.files.filter((file) => /^text\/(plain|html)\b/.test(file.encodingFormat)) ?? [];
  let body = texts
    .map((file) => {
      const text = file.content.toString('utf8');
      return file.encodingFormat.startsWith('text/html') ? text.replace(/<[^>]*>/g, '') : text;
    })
    .join('\n\n');
  if (!body.trim()) body = memo.notification || memo.label;
  const documents: MemoDocument[] = memo.body
    ? [memo.body.mainDocument, ...memo.body.additionalDocuments, ...memo.body.technicalDocuments]
    : [];
  const files = documents.flatMap((document) =>
    document.files
      .filter((file) => !texts.includes(file))
      .map((file) => ({
        document: document.label ?? file.filename,
        filename: file.filename,
        contentType: file.encodingFormat,
        content: file.content,
      })),
  );
  const idType = memo.recipient.idType.toUpperCase();
  const caseReference = caseReferenceOf(memo);
  const departmentCode = contentResponsibleOf(memo);
  const replyTo = memo.replyData
    .flatMap((reply) => [reply.messageUuid, reply.replyUuid])
    .filter((uuid): uuid is string => !!uuid && uuid.toLowerCase() !== id)
    .map((uuid) => uuid.toLowerCase());
  return {
    id,
    ...((idType === 'CPR' || idType === 'CVR') && {
      recipient: { kind: idType === 'CPR' ? 'cpr' : 'cvr', number: memo.recipient.id },
    }),
    subject: memo.label,
    body,
    replyAllowed: memo.reply ?? false,
    ...(caseReference && { caseId: caseReference.caseId }),
    ...(departmentCode && { departmentCode: departmentCode.toLowerCase() }),
    ...(memo.notification && { notificationText: memo.notification }),
    files,
    replyTo: [...new Set(replyTo)],
    ...(memo.doNotDeliverUntilDate && { deliverAfter: new Date(`${memo.doNotDeliverUntilDate}T00:00:00+01:00`) }),
  };
}
