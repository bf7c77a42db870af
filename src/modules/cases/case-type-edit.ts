import type { CaseTypeDefinition } from './engine/workflow-definition.ts';
import { DefinitionError, parseCaseTypeYaml } from './engine/workflow-validation.ts';
import { lineOfPath } from './engine/yaml-lines.ts';

/** A reason an edited case type is refused, with the line of the YAML it is about (when it can be placed). */
export interface EditReason {
  path: string;
  message: string;
  line?: number;
}

/**
 * An administrator's edited YAML read as a new local version of case type `code`: the definition, or the
 * reasons it is refused, each placed on its line. Used both to preview the diagram and to save.
 */
export function readEditedCaseType(
  code: string,
  yaml: string,
): { ok: true; definition: CaseTypeDefinition } | { ok: false; reasons: EditReason[] } {
  const placed = (reasons: Array<{ path: string; message: string }>) =>
    reasons.map((reason) => ({ ...reason, line: lineOfPath(yaml, reason.path) }));
  try {
    const definition = parseCaseTypeYaml(yaml);
    if (definition.code !== code)
      return { ok: false, reasons: placed([{ path: 'code', message: `the code must stay ${code}` }]) };
    return { ok: true, definition };
  } catch (error) {
    if (error instanceof DefinitionError) return { ok: false, reasons: placed(error.reasons) };
    return { ok: false, reasons: placed([{ path: '', message: (error as Error).message }]) };
  }
}
