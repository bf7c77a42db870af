import type { LegalGround } from './openness-codes.ts';

export interface Redaction {
  passage: string;
  legalGround: LegalGround;
}

/** Whether a passage to withhold occurs in the document (a redaction that covers nothing is refused). */
export const coversSomething = (text: string, passage: string): boolean =>
  passage.trim().length > 0 && text.includes(passage);

/**
 * The delivered copy: every occurrence of each withheld passage replaced by a marker naming its legal ground.
 * The original text is not changed; this makes a new string.
 */
export function redactedCopy(text: string, redactions: readonly Redaction[], marker: (ground: LegalGround) => string) {
  let copy = text;
  for (const redaction of redactions) copy = copy.split(redaction.passage).join(marker(redaction.legalGround));
  return copy;
}
