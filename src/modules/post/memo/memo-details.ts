import { caseReferenceOf, kleOf, type MemoCaseReference, type MemoKle } from './memo-content-data.ts';
import type { MemoMessage } from './memo-message.ts';

/** A file of the document the platform does not offer for download (its type is not one it shows); kept in the original. */
export interface KeptFile {
  document: string;
  filename: string;
  encodingFormat: string;
  size: number;
}

/** What a letter page shows of a MeMo document beyond subject, body and attachments. */
export interface MemoDetails {
  messageCode?: string;
  caseReference?: MemoCaseReference;
  kle?: MemoKle;
  replyByDateTime?: string;
  doNotDeliverUntilDate?: string;
  mandatory: boolean;
  legalNotification: boolean;
  postType?: string;
  actions: Array<{
    label: string;
    actionCode: string;
    url?: string;
    startDateTime?: string;
    endDateTime?: string;
    reservation?: { description: string; location: string; startDateTime: string; endDateTime: string };
  }>;
  keptFiles: KeptFile[];
}

export function memoDetailsOf(message: MemoMessage, keptFiles: KeptFile[]): MemoDetails {
  const documents = message.body
    ? [message.body.mainDocument, ...message.body.additionalDocuments, ...message.body.technicalDocuments]
    : [];
  const caseReference = caseReferenceOf(message);
  const kle = kleOf(message);
  return {
    ...(message.messageCode !== undefined && { messageCode: message.messageCode }),
    ...(caseReference && { caseReference }),
    ...(kle && { kle }),
    ...(message.replyByDateTime !== undefined && { replyByDateTime: message.replyByDateTime }),
    ...(message.doNotDeliverUntilDate !== undefined && { doNotDeliverUntilDate: message.doNotDeliverUntilDate }),
    mandatory: message.mandatory ?? false,
    legalNotification: message.legalNotification ?? false,
    ...(message.postType !== undefined && { postType: message.postType }),
    actions: documents.flatMap((document) =>
      document.actions.map((action) => ({
        label: action.label,
        actionCode: action.actionCode,
        ...(action.entryPointUrl !== undefined && { url: action.entryPointUrl }),
        ...(action.startDateTime !== undefined && { startDateTime: action.startDateTime }),
        ...(action.endDateTime !== undefined && { endDateTime: action.endDateTime }),
        ...(action.reservation && {
          reservation: {
            description: action.reservation.description,
            location: action.reservation.location,
            startDateTime: action.reservation.startDateTime,
            endDateTime: action.reservation.endDateTime,
          },
        }),
      })),
    ),
    keptFiles,
  };
}
