import { letterPlaceholders, type LetterPlaceholder, type LetterTemplate } from './workflow-definition.ts';

/**
 * Filling a workflow's letter templates. Templates are written by system owners, so only the known placeholders are
 * allowed (checked when the definition is parsed) and the values are inserted as plain text: the letter is text,
 * and whoever renders it as HTML escapes it there.
 */

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a text uses that are not known placeholders (for validation). */
export function unknownPlaceholders(text: string): string[] {
  const known = letterPlaceholders as readonly string[];
  return [
    ...new Set([...text.matchAll(placeholderPattern)].map((match) => match[1]).filter((name) => !known.includes(name))),
  ];
}

export type LetterValues = Partial<Record<LetterPlaceholder, string>>;

const fill = (text: string, values: LetterValues): string =>
  text.replace(placeholderPattern, (whole, name: string) =>
    (letterPlaceholders as readonly string[]).includes(name) ? (values[name as LetterPlaceholder] ?? '') : whole,
  );

/**
 * The subject and body of `letter` in `locale` with the placeholders filled. A missing value becomes empty (a grant
 * without a note), and the blank lines it leaves are closed up so the letter does not show a hole.
 */
export function renderLetter(
  letter: LetterTemplate,
  locale: 'da' | 'en',
  values: LetterValues,
): { subject: string; body: string } {
  const subject = fill(letter.subject[locale], values).replace(/\s+/g, ' ').trim();
  const body = fill(letter.body[locale], values)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject, body: `${body}\n` };
}
