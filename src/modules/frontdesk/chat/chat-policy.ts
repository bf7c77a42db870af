import type { Principal } from '#platform/auth/principal.ts';
import type { ConversationRow } from './chat.repository.ts';

/** Who is at the visitor's end: a logged-in principal, or an anonymous browser (the hash of its chat cookie). */
export interface ChatVisitor {
  principal?: Principal;
  visitorHash?: string;
}

/**
 * Pure: whether a visitor is the party of a conversation: the citizen or business who started it while logged
 * in, or the anonymous browser that holds its cookie. Staff reach conversations through their inbox, not here.
 */
export function isChatParty(
  visitor: ChatVisitor,
  row: Pick<ConversationRow, 'person_id' | 'business_id' | 'visitor_hash'>,
): boolean {
  const { principal } = visitor;
  if (row.person_id) return principal?.kind === 'citizen' && principal.id === row.person_id;
  if (row.business_id) return principal?.kind === 'business' && principal.id === row.business_id;
  return !!row.visitor_hash && !!visitor.visitorHash && visitor.visitorHash === row.visitor_hash;
}

/** Pure: a staff member answers the chats of their own department (by its code). */
export const answersChatOf = (principal: Principal, staffDepartmentCode: string | undefined, departmentCode: string) =>
  principal.kind === 'staff' && !!staffDepartmentCode && staffDepartmentCode === departmentCode;
