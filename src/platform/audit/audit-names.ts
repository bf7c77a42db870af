import { t, tOr } from '../i18n/i18n.ts';

// The audit log stores codes and the system's own purposes in English; a person reads them named in their language.

/** An audit action by its name (`case:read` → "Læst sag"), the code itself when it has no name yet. */
export const auditActionName = (action: string) => tOr(`audit.action.${action}`, action);

/** What was read or changed: case, letter, person… */
export const objectTypeName = (type: string) => tOr(`audit.objectType.${type}`, type);

/** Who acted: staff member, line-of-business system, citizen or business. */
export const actorKindName = (kind: string) => tOr(`audit.actorKind.${kind}`, kind);

/** The purposes the system writes itself, with the parts that vary; a purpose a person typed is shown as typed. */
const purposes: Array<[RegExp, string]> = [
  [/^case handling \((.+), full CPR shown\)$/, 'caseHandlingFullCpr'],
  [/^case handling \((.+)\)$/, 'caseHandling'],
  [/^work queue \((.+)\)$/, 'workQueue'],
  [/^case (.+)$/, 'case'],
  [/^letter delivered to digital post$/, 'delivered'],
  [/^letter queued for print \(not signed up for digital post\)$/, 'queuedForPrint'],
  [/^print batch of (\d+) letters downloaded for printing$/, 'printDownloaded'],
  [/^print batch (.+)$/, 'printBatch'],
  [/^print batch marked as posted$/, 'printPosted'],
  [/^bulk letter to (\d+) recipients$/, 'bulkCreated'],
  [/^bulk letter cancelled$/, 'bulkCancelled'],
  [/^bulk letter (.+)$/, 'bulkLetter'],
  [/^audit log search$/, 'auditSearch'],
  [/^audit export of (\d+) rows$/, 'auditExport'],
  [/^appointment cancelled$/, 'appointmentCancelled'],
  [/^dead-letter retry$/, 'deadLetterRetry'],
  [/^development outbox viewed$/, 'outboxViewed'],
  [/^key revoked$/, 'keyRevoked'],
  [/^own choice on the digital post page$/, 'ownChoice'],
  [/^department mailbox: attachment opened$/, 'attachmentOpened'],
  [/^integration API: replies to a sent message$/, 'apiReplies'],
  [/^integration API: message exported as MeMo XML$/, 'apiMemoExport'],
  [/^version (\d+) of case type (.+)$/, 'caseTypeVersion'],
  [/^roles set to (.+)$/, 'rolesSet'],
  [/^handed off to ([^:]+): (.*)$/s, 'handedOff'],
  [/^new case \((.+)\) via (.+)$/, 'newCase'],
];

export function auditPurposeText(purpose: string): string {
  for (const [pattern, name] of purposes) {
    const match = pattern.exec(purpose);
    if (match) return t(`audit.purpose.${name}`, { a: match[1] ?? '', b: match[2] ?? '' });
  }
  return purpose;
}
