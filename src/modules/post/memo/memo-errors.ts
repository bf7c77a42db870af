/** One problem with a MeMo document: where the validator places it (line) and the element it is about. */
export interface MemoXmlError {
  line?: number;
  /** the element's local name, e.g. `label` or `recipientID` */
  element?: string;
  message: string;
}

/** Thrown by `parseMemoXml` when a document is refused; `errors` are the validator's own findings. */
export class MemoValidationError extends Error {
  readonly errors: MemoXmlError[];
  constructor(errors: MemoXmlError[]) {
    const first = errors[0];
    const where = first?.line ? ` (line ${first.line}${first.element ? `, element ${first.element}` : ''})` : '';
    const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
    super(`The MeMo message is not valid: ${first?.message ?? 'unknown error'}${where}${more}`);
    this.name = 'MemoValidationError';
    this.errors = errors;
  }
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
