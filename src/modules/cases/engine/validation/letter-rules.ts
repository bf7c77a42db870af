import { unknownPlaceholders } from '../letter-template.ts';
import { letterPlaceholders, type WorkflowDefinition } from '../workflow-definition.ts';
import type { AddReason } from './definition-error.ts';

/** Letter templates: each id once, and only placeholders the engine can fill; returns the letter ids. */
export function letterReasons(workflow: WorkflowDefinition, add: AddReason): Set<string> {
  const letterIds = new Set<string>();
  workflow.letters.forEach((letter, index) => {
    if (letterIds.has(letter.id))
      add(`letters.${index}.id`, `Letter template "${letter.id}" is defined more than once`);
    letterIds.add(letter.id);
    for (const part of ['subject', 'body'] as const) {
      for (const locale of ['da', 'en'] as const) {
        for (const name of unknownPlaceholders(letter[part][locale])) {
          add(
            `letters.${index}.${part}.${locale}`,
            `Letter template "${letter.id}" uses unknown placeholder {{${name}}} (known: ${letterPlaceholders.join(', ')})`,
          );
        }
      }
    }
  });
  return letterIds;
}
