import { HttpProblem } from '#platform/http/problem.ts';
import type { MemoMessage } from './memo/memo-message.ts';
import { MemoValidationError, parseMemoXml } from './memo/memo-xml.ts';

/**
 * Reads a MeMo document, or refuses it as a 400 problem (RFC 9457) whose detail names the first error's line
 * and element in the caller's language, and whose `errors` list each of the validator's findings.
 */
export async function parseOrRefuse(xml: string): Promise<MemoMessage> {
  try {
    return await parseMemoXml(xml);
  } catch (error) {
    if (!(error instanceof MemoValidationError)) throw error;
    const first = error.errors[0];
    throw new HttpProblem(
      400,
      'post.memo.invalid',
      { line: first?.line ?? '–', element: first?.element ?? '–', count: error.errors.length },
      error.errors.map((problem) => ({
        field: [problem.line && `line ${problem.line}`, problem.element].filter(Boolean).join(', '),
        message: problem.message,
      })),
    );
  }
}
