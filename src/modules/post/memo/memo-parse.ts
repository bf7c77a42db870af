import type {
  MemoAction,
  MemoBody,
  MemoDocument,
  MemoFile,
  MemoMessage,
  MemoParty,
  MemoReplyData,
} from './memo-message.ts';
import { child, childrenNamed, parseXmlTree, textOf, type XmlElement } from './xml-tree.ts';

/**
 * Reads a MeMo document that `validateMemoXml` accepted into a MemoMessage. It trusts the schema for
 * presence and order, so it reads by name; file contents are decoded from base64.
 */
export function readMemoXml(xml: string): MemoMessage {
  const root = parseXmlTree(xml);
  const header = child(root, 'MessageHeader')!;
  const body = child(root, 'MessageBody');
  const contentData = child(header, 'ContentData');
  return dropUndefined({
    messageType: textOf(header, 'messageType') as MemoMessage['messageType'],
    messageUuid: textOf(header, 'messageUUID')!,
    messageId: textOf(header, 'messageID'),
    messageCode: textOf(header, 'messageCode'),
    label: textOf(header, 'label')!,
    notification: textOf(header, 'notification'),
    additionalNotification: textOf(header, 'additionalNotification'),
    reply: booleanOf(header, 'reply'),
    replyByDateTime: textOf(header, 'replyByDateTime'),
    doNotDeliverUntilDate: textOf(header, 'doNotDeliverUntilDate'),
    mandatory: booleanOf(header, 'mandatory'),
    legalNotification: booleanOf(header, 'legalNotification'),
    postType: textOf(header, 'postType'),
    sender: partyOf(child(header, 'Sender')!, 'senderID'),
    recipient: partyOf(child(header, 'Recipient')!, 'recipientID'),
    contentData: contentData?.children ?? (contentData ? [] : undefined),
    forwardData: child(header, 'ForwardData'),
    replyData: childrenNamed(header, 'ReplyData').map(replyDataOf),
    body: body && bodyOf(body),
  });
}

function partyOf(node: XmlElement, idName: string): MemoParty {
  return dropUndefined({
    id: textOf(node, idName)!,
    idType: textOf(node, 'idType')!,
    idTypeLabel: textOf(node, 'idTypeLabel'),
    label: textOf(node, 'label'),
    attentionData: child(node, 'AttentionData'),
    contactPoint: child(node, 'ContactPoint'),
    representative: child(node, 'Representative'),
  });
}

function replyDataOf(node: XmlElement): MemoReplyData {
  return dropUndefined({
    messageId: textOf(node, 'messageID'),
    messageUuid: textOf(node, 'messageUUID')!,
    replyUuid: textOf(node, 'replyUUID'),
    senderId: textOf(node, 'senderID'),
    recipientId: textOf(node, 'recipientID'),
    caseId: textOf(node, 'caseID'),
    contactPointId: textOf(node, 'contactPointID'),
    generatingSystemId: textOf(node, 'generatingSystemID'),
    comment: textOf(node, 'comment'),
    additional: childrenNamed(node, 'AdditionalReplyData').map((entry) => ({
      label: textOf(entry, 'label')!,
      value: textOf(entry, 'value')!,
    })),
  });
}

function bodyOf(node: XmlElement): MemoBody {
  return {
    createdDateTime: textOf(node, 'createdDateTime')!,
    mainDocument: documentOf(child(node, 'MainDocument')!, 'mainDocumentID'),
    additionalDocuments: childrenNamed(node, 'AdditionalDocument').map((d) => documentOf(d, 'additionalDocumentID')),
    technicalDocuments: childrenNamed(node, 'TechnicalDocument').map((d) => documentOf(d, 'technicalDocumentID')),
  };
}

function documentOf(node: XmlElement, idName: string): MemoDocument {
  return dropUndefined({
    id: textOf(node, idName),
    label: textOf(node, 'label'),
    files: childrenNamed(node, 'File').map(fileOf),
    actions: childrenNamed(node, 'Action').map(actionOf),
  });
}

const fileOf = (node: XmlElement): MemoFile => ({
  encodingFormat: textOf(node, 'encodingFormat')!,
  filename: textOf(node, 'filename')!,
  language: textOf(node, 'language')!,
  // xs:base64Binary allows whitespace (wrapped lines); an empty element is an empty file
  content: Buffer.from((textOf(node, 'content') ?? '').replace(/\s+/g, ''), 'base64'),
});

function actionOf(node: XmlElement): MemoAction {
  const reservation = child(node, 'Reservation');
  return dropUndefined({
    label: textOf(node, 'label')!,
    actionCode: textOf(node, 'actionCode')!,
    startDateTime: textOf(node, 'startDateTime'),
    endDateTime: textOf(node, 'endDateTime'),
    entryPointUrl: textOf(child(node, 'EntryPoint'), 'url'),
    reservation:
      reservation &&
      dropUndefined({
        description: textOf(reservation, 'description')!,
        reservationUuid: textOf(reservation, 'reservationUUID')!,
        abstract: textOf(reservation, 'abstract')!,
        location: textOf(reservation, 'location')!,
        startDateTime: textOf(reservation, 'startDateTime')!,
        endDateTime: textOf(reservation, 'endDateTime')!,
        organizerMail: textOf(reservation, 'organizerMail'),
        organizerName: textOf(reservation, 'organizerName'),
      }),
  });
}

function booleanOf(node: XmlElement, name: string): boolean | undefined {
  const value = textOf(node, name);
  return value === undefined ? undefined : value === 'true' || value === '1';
}

/** Leaves absent optional elements out, so a message compares equal after a round trip. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, part]) => part !== undefined)) as T;
}
