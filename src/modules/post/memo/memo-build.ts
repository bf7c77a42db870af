import type { MemoAction, MemoBody, MemoDocument, MemoMessage, MemoParty, MemoReplyData } from './memo-message.ts';
import { MEMO_EXPORT_VERSION, namespaceDeclarations } from './memo-namespaces.ts';
import { element, optional, renderElement, type XmlElement } from './xml-tree.ts';

/**
 * Writes a message as MeMo 1.2, every element in the official order (`Version1.2/MeMo_core.xsd`); optional
 * parts that are absent are left out. It does not validate: the caller (or a test) runs validateMemoXml.
 */
export function toMemoXml(message: MemoMessage): string {
  const root = element('Message', [header(message), message.body && body(message.body)]);
  const attributes = `${namespaceDeclarations()} memoVersion="${MEMO_EXPORT_VERSION}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, 0, attributes)}`;
}

function header(message: MemoMessage): XmlElement {
  return element('MessageHeader', [
    element('messageType', message.messageType),
    element('messageUUID', message.messageUuid),
    optional('messageID', message.messageId),
    optional('messageCode', message.messageCode),
    element('label', message.label),
    optional('notification', message.notification),
    optional('additionalNotification', message.additionalNotification),
    optional('reply', message.reply),
    optional('replyByDateTime', message.replyByDateTime),
    optional('doNotDeliverUntilDate', message.doNotDeliverUntilDate),
    optional('mandatory', message.mandatory),
    optional('legalNotification', message.legalNotification),
    optional('postType', message.postType),
    party('Sender', 'senderID', message.sender),
    party('Recipient', 'recipientID', message.recipient),
    message.contentData && element('ContentData', message.contentData),
    message.forwardData,
    ...message.replyData.map(replyData),
  ]);
}

const party = (name: string, idName: string, value: MemoParty) =>
  element(name, [
    element(idName, value.id),
    element('idType', value.idType),
    optional('idTypeLabel', value.idTypeLabel),
    optional('label', value.label),
    value.attentionData,
    value.contactPoint,
    value.representative,
  ]);

const replyData = (value: MemoReplyData) =>
  element('ReplyData', [
    optional('messageID', value.messageId),
    element('messageUUID', value.messageUuid),
    optional('replyUUID', value.replyUuid),
    optional('senderID', value.senderId),
    optional('recipientID', value.recipientId),
    optional('caseID', value.caseId),
    optional('contactPointID', value.contactPointId),
    optional('generatingSystemID', value.generatingSystemId),
    optional('comment', value.comment),
    ...value.additional.map((entry) =>
      element('AdditionalReplyData', [element('label', entry.label), element('value', entry.value)]),
    ),
  ]);

const body = (value: MemoBody) =>
  element('MessageBody', [
    element('createdDateTime', value.createdDateTime),
    document('MainDocument', 'mainDocumentID', value.mainDocument),
    ...value.additionalDocuments.map((part) => document('AdditionalDocument', 'additionalDocumentID', part)),
    ...value.technicalDocuments.map((part) => document('TechnicalDocument', 'technicalDocumentID', part)),
  ]);

const document = (name: string, idName: string, value: MemoDocument) =>
  element(name, [
    optional(idName, value.id),
    optional('label', value.label),
    ...value.files.map((file) =>
      element('File', [
        element('encodingFormat', file.encodingFormat),
        element('filename', file.filename),
        element('language', file.language),
        element('content', file.content.toString('base64')),
      ]),
    ),
    ...value.actions.map(action),
  ]);

const action = (value: MemoAction) =>
  element('Action', [
    element('label', value.label),
    element('actionCode', value.actionCode),
    optional('startDateTime', value.startDateTime),
    optional('endDateTime', value.endDateTime),
    value.reservation &&
      element('Reservation', [
        element('description', value.reservation.description),
        element('reservationUUID', value.reservation.reservationUuid),
        element('abstract', value.reservation.abstract),
        element('location', value.reservation.location),
        element('startDateTime', value.reservation.startDateTime),
        element('endDateTime', value.reservation.endDateTime),
        optional('organizerMail', value.reservation.organizerMail),
        optional('organizerName', value.reservation.organizerName),
      ]),
    value.entryPointUrl === undefined ? undefined : element('EntryPoint', [element('url', value.entryPointUrl)]),
  ]);
