import type { MemoMessage } from './memo-message.ts';
import { element, textOf, type XmlElement } from './xml-tree.ts';

/** The name the platform's cases carry as MeMo's caseSystem. */
export const CASE_SYSTEM = 'Raadhus';

export interface MemoCaseReference {
  caseId: string;
  caseSystem: string;
}
export interface MemoKle {
  subjectKey: string;
  version: string;
  activityFacet?: string;
  label: string;
}

const find = (message: MemoMessage, name: string) => message.contentData?.find((part) => part.name === name);

/** ContentData's CaseID: the sending system's case, shown on the letter. */
export function caseReferenceOf(message: MemoMessage): MemoCaseReference | undefined {
  const node = find(message, 'CaseID');
  return node && { caseId: textOf(node, 'caseID')!, caseSystem: textOf(node, 'caseSystem')! };
}

/** ContentData's KLEdata: the subject in the municipalities' common classification (KL-emnesystematik). */
export function kleOf(message: MemoMessage): MemoKle | undefined {
  const node = find(message, 'KLEdata');
  if (!node) return undefined;
  const activityFacet = textOf(node, 'activityFacet');
  return {
    subjectKey: textOf(node, 'subjectKey')!,
    version: textOf(node, 'version')!,
    ...(activityFacet !== undefined && { activityFacet }),
    label: textOf(node, 'label')!,
  };
}

export const caseIdElement = (reference: MemoCaseReference): XmlElement =>
  element('CaseID', [element('caseID', reference.caseId), element('caseSystem', reference.caseSystem)]);

/** AttentionData's ContentResponsible: the department that answers for the letter (its code is the id). */
export function contentResponsibleOf(message: MemoMessage): string | undefined {
  const node = message.sender.attentionData?.children?.find((part) => part.name === 'ContentResponsible');
  return textOf(node, 'contentResponsibleID');
}
