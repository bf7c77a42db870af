import { MemoValidationError } from './memo-errors.ts';
import type { MemoMessage } from './memo-message.ts';
import { readMemoXml } from './memo-parse.ts';
import { validateMemoXml } from './memo-validate.ts';

export { MemoValidationError, type MemoXmlError } from './memo-errors.ts';
export { toMemoXml } from './memo-build.ts';
export { MEMO_MAX_XML_BYTES, validateMemoXml } from './memo-validate.ts';

/** Validates against the official XSDs, then reads the document into a MemoMessage; refused: MemoValidationError. */
export async function parseMemoXml(xml: string): Promise<MemoMessage> {
  const errors = await validateMemoXml(xml);
  if (errors.length > 0) throw new MemoValidationError(errors);
  return readMemoXml(xml);
}
