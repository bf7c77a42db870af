/**
 * A digital post message in our MeMo-style model (after the Danish "MeMo" message model of Digital Post).
 * This is the in-memory shape; `memo-xml.ts` turns it into and out of XML that validates against `memo.xsd`.
 */

/** The XML namespace of `memo.xsd`. Version 1 of our own schema, not the official MeMo namespace. */
export const MEMO_NAMESPACE = 'urn:raadhus:memo:1';
/** The only message type we send (MeMo also knows NEMSMS, which we do not use). */
export const MEMO_MESSAGE_TYPE = 'DIGITALPOST';
/** The notification text is shown on the recipient's phone, so it is short and never the body. */
export const MEMO_NOTIFICATION_MAX_LENGTH = 160;

export interface MemoFile {
  filename: string;
  contentType: string;
  language: 'da' | 'en';
  content: Buffer;
}
export interface MemoDocument {
  label: string;
  files: MemoFile[];
}
export interface MemoParty {
  idType: 'CPR' | 'CVR';
  id: string;
  label?: string;
}
export interface MemoMessage {
  messageUuid: string; // uuid
  label: string; // the subject
  notification?: string; // short notification text (max 160 chars), never the body
  reply: boolean; // replies allowed
  replyByDate?: string; // YYYY-MM-DD
  sender: { idType: 'CVR'; id: string; label: string; unit?: string /* department code */ };
  recipient: MemoParty;
  caseReference?: string;
  createdAt: Date;
  mainDocument: MemoDocument; // the letter itself (a text/plain or text/html or application/pdf file)
  additionalDocuments: MemoDocument[]; // attachments
}
