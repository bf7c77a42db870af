import type { XmlElement } from './xml-tree.ts';

/**
 * A MeMo message (Digitaliseringsstyrelsen's message model for Digital Post, 1.1 and 1.2) in memory.
 * Every element of the official schema has a place: what the platform acts on is typed; the parts it only
 * keeps (attention data, contact points, representatives, content data, forward data) are kept as
 * elements, in order, so an export writes them back unchanged. Dates stay as written (UTC, with Z).
 */
export interface MemoMessage {
  messageType: 'DIGITALPOST' | 'NEMSMS';
  messageUuid: string;
  messageId?: string;
  messageCode?: string;
  label: string;
  /** short notification text (at most 160 characters), never the body; a NemSMS's text */
  notification?: string;
  additionalNotification?: string;
  reply?: boolean;
  replyByDateTime?: string;
  /** YYYY-MM-DD: the letter is held until this date */
  doNotDeliverUntilDate?: string;
  mandatory?: boolean;
  legalNotification?: boolean;
  postType?: string;
  sender: MemoParty;
  recipient: MemoParty;
  /** the children of ContentData in schema order (CaseID and KLEdata among them: see memo-content-data.ts) */
  contentData?: XmlElement[];
  forwardData?: XmlElement;
  replyData: MemoReplyData[];
  /** absent for a NemSMS */
  body?: MemoBody;
}

export interface MemoParty {
  id: string;
  idType: string;
  idTypeLabel?: string;
  label?: string;
  attentionData?: XmlElement;
  contactPoint?: XmlElement;
  /** Sender only (MeMo 1.2) */
  representative?: XmlElement;
}

export interface MemoReplyData {
  messageId?: string;
  messageUuid: string;
  replyUuid?: string;
  senderId?: string;
  recipientId?: string;
  caseId?: string;
  contactPointId?: string;
  generatingSystemId?: string;
  comment?: string;
  additional: Array<{ label: string; value: string }>;
}

export interface MemoBody {
  createdDateTime: string;
  mainDocument: MemoDocument;
  additionalDocuments: MemoDocument[];
  technicalDocuments: MemoDocument[];
}

export interface MemoDocument {
  id?: string;
  label?: string;
  files: MemoFile[];
  /** always empty on a technical document */
  actions: MemoAction[];
}

export interface MemoFile {
  encodingFormat: string;
  filename: string;
  language: string;
  content: Buffer;
}

export interface MemoAction {
  label: string;
  actionCode: string;
  startDateTime?: string;
  endDateTime?: string;
  entryPointUrl?: string;
  reservation?: MemoReservation;
}

export interface MemoReservation {
  description: string;
  reservationUuid: string;
  abstract: string;
  location: string;
  startDateTime: string;
  endDateTime: string;
  organizerMail?: string;
  organizerName?: string;
}
