import type { z } from 'zod';
import type { DefinitionReason } from './definition-error.ts';

const pathOf = (segments: ReadonlyArray<PropertyKey>): string => segments.map(String).join('.');

/** Zod reports positions ("transitions.3.roles.0"); say which state or transition that is when the input has an id. */
/** How a reason names the item it is about, by the list the item is in. */
const itemNouns: Record<string, string | undefined> = { states: 'State', transitions: 'Transition', letters: 'Letter' };

export const zodReasons = (error: z.ZodError, input: unknown, prefix: string[]): DefinitionReason[] =>
  error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    let subject = '';
    let node: unknown = input;
    for (let index = 0; index < issue.path.length; index += 1) {
      const key = issue.path[index];
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<PropertyKey, unknown>)[key as PropertyKey]
          : undefined;
      const collection = index > 0 ? issue.path[index - 1] : undefined;
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      const noun = typeof collection === 'string' ? itemNouns[collection] : undefined;
      if (typeof id === 'string' && noun) subject = `${noun} "${id}": `;
    }
    return { path: pathOf(path), message: `${subject}${issue.message}` };
  });
