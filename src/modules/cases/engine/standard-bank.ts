import { readdirSync, readFileSync } from 'node:fs';
import type { CaseTypeDefinition } from './workflow-definition.ts';
import { DefinitionError, parseCaseTypeYaml } from './workflow-validation.ts';

/**
 * The bank of standard workflows: one YAML file per case type in ./standard-workflows, named after its code. They are
 * read and validated once, on first use, so a broken file stops the application at start-up with the file's name and
 * every reason, instead of stranding a case later.
 */

const folder = new URL('./standard-workflows/', import.meta.url);

let loaded: ReadonlyMap<string, CaseTypeDefinition> | undefined;

const load = (): ReadonlyMap<string, CaseTypeDefinition> => {
  const byCode = new Map<string, CaseTypeDefinition>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    let definition: CaseTypeDefinition;
    try {
      definition = parseCaseTypeYaml(readFileSync(new URL(file, folder), 'utf8'));
    } catch (error) {
      if (error instanceof DefinitionError) throw new DefinitionError(error.reasons, `standard workflow ${file}`);
      throw error;
    }
    if (`${definition.code}.yaml` !== file)
      throw new Error(`Standard workflow ${file} has code "${definition.code}"; the file must be named after its code`);
    if (definition.workflow.code !== definition.code)
      throw new Error(
        `Standard workflow ${file}: the workflow code "${definition.workflow.code}" must equal the case type code`,
      );
    byCode.set(definition.code, definition);
  }
  return byCode;
};

/** Every standard case type, sorted by code. Each call gives fresh copies, so a caller cannot change the bank. */
export function standardCaseTypes(): CaseTypeDefinition[] {
  loaded ??= load();
  return [...loaded.values()].map((definition) => structuredClone(definition));
}

export function standardCaseType(code: string): CaseTypeDefinition | undefined {
  loaded ??= load();
  const definition = loaded.get(code);
  return definition ? structuredClone(definition) : undefined;
}
