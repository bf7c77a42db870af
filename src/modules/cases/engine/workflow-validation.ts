import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { CaseTypeDefinition, WorkflowDefinition } from './workflow-definition.ts';
import { caseTypeRuleReasons } from './validation/case-type-rules.ts';
import { DefinitionError } from './validation/definition-error.ts';
import { workflowRuleReasons } from './validation/workflow-rules.ts';
import { zodReasons } from './validation/zod-reasons.ts';

export { DefinitionError, type DefinitionReason } from './validation/definition-error.ts';

/**
 * Parsing a definition checks its shape (zod) and then the rules between its parts, so a case type that would strand
 * a case (a state nothing leads to, a state from which no decision can be reached, a letter that does not exist) is
 * refused when it is loaded, not when a caseworker meets it. Every reason names the state or transition at fault.
 * The rules themselves live in validation/, one file per kind of rule.
 */

export function parseWorkflow(input: unknown): WorkflowDefinition {
  const parsed = WorkflowDefinition.safeParse(input);
  if (!parsed.success) throw new DefinitionError(zodReasons(parsed.error, input, []), 'workflow definition');
  const reasons = workflowRuleReasons(parsed.data);
  if (reasons.length > 0) throw new DefinitionError(reasons, `workflow definition "${parsed.data.code}"`);
  return parsed.data;
}

export function parseCaseType(input: unknown): CaseTypeDefinition {
  const parsed = CaseTypeDefinition.safeParse(input);
  if (!parsed.success) throw new DefinitionError(zodReasons(parsed.error, input, []), 'case type definition');
  const reasons = caseTypeRuleReasons(parsed.data);
  if (reasons.length > 0) throw new DefinitionError(reasons, `case type definition "${parsed.data.code}"`);
  return parsed.data;
}

export function parseCaseTypeYaml(text: string): CaseTypeDefinition {
  let input: unknown;
  try {
    input = parseYaml(text);
  } catch (error) {
    throw new DefinitionError(
      [{ path: '', message: `Not valid YAML: ${error instanceof Error ? error.message : String(error)}` }],
      'case type definition',
    );
  }
  return parseCaseType(input);
}

/** YAML that parseCaseTypeYaml reads back to an equal definition (defaults written out). */
export function caseTypeToYaml(definition: CaseTypeDefinition): string {
  return stringifyYaml(definition, { lineWidth: 0, aliasDuplicateObjects: false });
}
