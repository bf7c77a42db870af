import { decisionRuleReasons } from '../decision-rules.ts';
import type { CaseTypeDefinition } from '../workflow-definition.ts';
import type { DefinitionReason } from './definition-error.ts';
import { workflowRuleReasons } from './workflow-rules.ts';

/** The rules between a case type and its workflow. */
export function caseTypeRuleReasons(caseType: CaseTypeDefinition): DefinitionReason[] {
  const reasons = workflowRuleReasons(caseType.workflow, 'workflow');
  const documentTypes = new Set<string>();
  const stateIds = new Set(caseType.workflow.states.map((state) => state.id));
  caseType.requiredDocuments.forEach((document, index) => {
    if (documentTypes.has(document.type))
      reasons.push({
        path: `requiredDocuments.${index}.type`,
        message: `Document type "${document.type}" is listed more than once`,
      });
    documentTypes.add(document.type);
    if (document.requiredBefore !== undefined && !stateIds.has(document.requiredBefore)) {
      reasons.push({
        path: `requiredDocuments.${index}.requiredBefore`,
        message: `Document type "${document.type}" is required before unknown state "${document.requiredBefore}"`,
      });
    }
  });
  // requiredBefore is enforced through guards: every transition into that state must require the document
  caseType.requiredDocuments.forEach((document) => {
    if (document.requiredBefore === undefined) return;
    caseType.workflow.transitions.forEach((transition, index) => {
      if (transition.to !== document.requiredBefore) return;
      if (transition.guards.some((guard) => guard.kind === 'document' && guard.documentType === document.type)) return;
      reasons.push({
        path: `workflow.transitions.${index}.guards`,
        message: `Transition "${transition.id}" enters state "${document.requiredBefore}" without requiring document type "${document.type}", which must be on the case before that state`,
      });
    });
  });
  caseType.workflow.transitions.forEach((transition, index) => {
    transition.guards.forEach((guard, guardIndex) => {
      if (guard.kind === 'document' && !documentTypes.has(guard.documentType)) {
        reasons.push({
          path: `workflow.transitions.${index}.guards.${guardIndex}.documentType`,
          message: `Transition "${transition.id}" requires document type "${guard.documentType}", which is not among the case type's required documents`,
        });
      }
    });
  });
  reasons.push(...decisionRuleReasons(caseType));
  return reasons;
}
