/** The longest chat message a visitor or staff member may send, in characters. */
export const MAX_CHAT_MESSAGE_LENGTH = 1000;

/** C0 controls other than tab, LF and CR; DEL; C1 controls; bidirectional overrides and isolates (spoofing). */
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Markup: a tag, a closing tag, a comment or a declaration (`a < b` is fine). */
const MARKUP = /<\s*[a-zA-Z!/?]|&#?[a-zA-Z0-9]+;/;

export type ChatTextProblem = 'empty' | 'tooLong' | 'control' | 'html';

/**
 * Pure: what is wrong with a chat text, if anything. Text is shown as text everywhere (escaped, never rendered
 * as HTML); markup is refused anyway, so a transcript in digital post or a copied line carries none.
 */
export function chatTextProblem(text: string): ChatTextProblem | undefined {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  if ([...trimmed].length > MAX_CHAT_MESSAGE_LENGTH) return 'tooLong';
  if (FORBIDDEN_CHARACTERS.test(text)) return 'control';
  if (MARKUP.test(text)) return 'html';
  return undefined;
}

/** Line endings as LF, the text trimmed (what is stored). */
export const normalizedChatText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
