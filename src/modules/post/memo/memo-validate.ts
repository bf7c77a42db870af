import { memoryPages, validateXML } from 'xmllint-wasm';
import { lineAt, type MemoXmlError } from './memo-errors.ts';
import { officialSchema } from './memo-schema.ts';
import { rootAttributes } from './xml-tree.ts';
import { withValidationSlot } from './validation-slots.ts';

/** Larger documents are refused before parsing: a digital post message with attachments stays well below this. */
export const MEMO_MAX_XML_BYTES = 10 * 1024 * 1024;
/** Enough for xmllint to hold a 10 MB document in memory; the default (32 MiB) is not. */
const XMLLINT_MAX_MEMORY_PAGES = 256 * memoryPages.MiB;
const MAX_REPORTED_ERRORS = 50;

/**
 * Checks a document against the official MeMo XSDs (the 1.1 core when it says `memoVersion="1.1"`, else
 * the 1.2 core) and the few rules the validator lets through. `[]` when it is valid.
 */
export async function validateMemoXml(xml: string): Promise<MemoXmlError[]> {
  const refusal = refuseBeforeParsing(xml);
  if (refusal) return [refusal];
  const declared = rootAttributes(xml).memoVersion;
  if (declared !== undefined && !['1.1', '1.2'].includes(declared.trim()))
    return [
      {
        line: lineAt(xml, Math.max(0, xml.search(/<(?:[\w.-]+:)?Message\b/))),
        element: 'Message',
        message: `memoVersion ${declared.slice(0, 10)} is not supported: send MeMo 1.1 or 1.2`,
      },
    ];
  const version = declared?.trim() === '1.1' ? '1.1' : '1.2';
  const schema = await officialSchema(version);
  const result = await withValidationSlot(() =>
    validateXML({
      xml: [{ fileName: 'memo.xml', contents: xml.replace(/^\uFEFF/, '') }],
      schema: [schema.core],
      preload: schema.imported,
      maxMemoryPages: XMLLINT_MAX_MEMORY_PAGES,
    }),
  );
  if (!result.valid) return validatorErrors(result.errors);
  return base64Errors(xml);
}

/** Size, encoding and DOCTYPE are refused on the raw text, before any parser sees it (XXE, entity expansion). */
function refuseBeforeParsing(xml: string): MemoXmlError | undefined {
  if (typeof xml !== 'string' || xml.trim().length === 0) return { message: 'The document is empty' };
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > MEMO_MAX_XML_BYTES)
    return { message: `The document is ${bytes} bytes; at most ${MEMO_MAX_XML_BYTES} bytes are accepted` };
  // The text is already decoded; a declared 8-bit encoding would make xmllint read the UTF-8 it is given differently.
  if (/^\uFEFF?<\?xml[^>]*\sencoding\s*=\s*["'](?!utf-8["'])/i.test(xml))
    return { line: 1, message: 'Only UTF-8 encoded MeMo messages are accepted' };
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (declaration)
    return {
      line: lineAt(xml, declaration.index),
      element: declaration[1],
      message:
        'DOCTYPE and ENTITY declarations are not allowed in a MeMo message (protection against XML external entities)',
    };
  return undefined;
}

function validatorErrors(
  errors: ReadonlyArray<{ message: string; loc: null | { lineNumber: number } }>,
): MemoXmlError[] {
  // Lines without a location are xmllint quoting the offending source line and a caret under it: never echo
  // document content (it may hold a CPR number or the letter itself) into an error that may end up in a log.
  const located = errors.filter((error) => error.loc !== null);
  const list = located.map((error) => ({
    line: error.loc!.lineNumber,
    ...elementOf(error.message),
    message: redact(error.message),
  }));
  if (list.length === 0) return [{ message: 'The document is not valid against the MeMo schema' }];
  return list.slice(0, MAX_REPORTED_ERRORS);
}

/** xmllint names the element as `Element '{namespace}name'` (or a parser error names the tag). */
function elementOf(message: string): { element?: string } {
  const match = /Element '(?:\{[^}]*\})?([^']+)'/.exec(message) ?? /tag name: ([\w.:-]+)/.exec(message);
  return match ? { element: match[1].replace(/^[\w.-]+:/, '') } : {};
}

/** Shortens long quoted values (a rejected base64 block) and masks anything shaped like a CPR number. */
function redact(message: string): string {
  return message
    .replace(/'([^']*)'/g, (quoted, value: string) => (value.length > 60 ? `'${value.slice(0, 60)}…'` : quoted))
    .replace(/\d{6}-?\d{4}/g, 'xxxxxxxxxx');
}

/**
 * libxml2 lets some malformed base64 through ('QUJD!!!!'), and Buffer.from would silently drop the bad
 * characters: a file would arrive damaged. Checked on every content element, in document order.
 */
function base64Errors(xml: string): MemoXmlError[] {
  const errors: MemoXmlError[] = [];
  for (const match of xml.matchAll(/<((?:[\w.-]+:)?content)(?:\s[^>]*)?>([^<]*)<\/\1>/g)) {
    if (!isStrictBase64(match[2].replace(/\s+/g, '')))
      errors.push({ line: lineAt(xml, match.index), element: 'content', message: 'The content is not valid base64' });
  }
  return errors;
}

/** Whole groups of four from the base64 alphabet, with at most two '=' of padding at the very end. Checked
 * without one big repeated regex group, which overflows V8's stack on a file of several megabytes. */
function isStrictBase64(text: string): boolean {
  return text.length % 4 === 0 && !/[^A-Za-z0-9+/=]/.test(text) && /^[^=]*={0,2}$/.test(text);
}
