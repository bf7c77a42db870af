import { readFile } from 'node:fs/promises';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { memoryPages, validateXML } from 'xmllint-wasm';
import {
  MEMO_MESSAGE_TYPE,
  MEMO_NAMESPACE,
  type MemoDocument,
  type MemoFile,
  type MemoMessage,
} from './memo-message.ts';

/** One problem with a MeMo document; `line` is the line in the XML where the validator gives one. */
export interface MemoXmlError {
  line?: number;
  message: string;
}

/** Thrown by `parseMemoXml` when the document is refused; `errors` are the validator's own findings. */
export class MemoValidationError extends Error {
  readonly errors: Array<{ line?: number; message: string }>;
  constructor(errors: MemoXmlError[]) {
    const first = errors[0];
    const where = first?.line ? ` (line ${first.line})` : '';
    const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
    super(`The MeMo message is not valid: ${first?.message ?? 'unknown error'}${where}${more}`);
    this.name = 'MemoValidationError';
    this.errors = errors;
  }
}

/** Larger documents are refused before parsing: a digital post message with attachments stays well below this. */
export const MEMO_MAX_XML_BYTES = 10 * 1024 * 1024;
/** Enough for xmllint to hold a 10 MB document in memory; the default (32 MiB) is not. */
const XMLLINT_MAX_MEMORY_PAGES = 256 * memoryPages.MiB;
const MAX_REPORTED_ERRORS = 50;
const DOCUMENT_NAME = 'memo.xml';

let schemaText: Promise<string> | undefined;
const memoSchema = () => (schemaText ??= readFile(new URL('./memo.xsd', import.meta.url), 'utf8'));

/** Checks a document against memo.xsd and the rules XSD 1.0 cannot express. `[]` when it is valid. */
export async function validateMemoXml(xml: string): Promise<MemoXmlError[]> {
  return (await checkMemoXml(xml)).errors;
}

/** Validates, then reads the document into a MemoMessage (file contents decoded from base64). */
export async function parseMemoXml(xml: string): Promise<MemoMessage> {
  const { errors, tree } = await checkMemoXml(xml);
  if (errors.length > 0 || !tree)
    throw new MemoValidationError(errors.length ? errors : [{ message: 'The document could not be read' }]);
  return toMessage(tree);
}

/** Builds the XML for a message (empty optional texts are left out). It does not validate: the caller (or a test) runs validateMemoXml on it. */
export function toMemoXml(message: MemoMessage): string {
  const header = {
    messageType: MEMO_MESSAGE_TYPE,
    messageUUID: message.messageUuid,
    label: message.label,
    ...(!!message.notification && { notification: message.notification }),
    reply: String(message.reply),
    ...(!!message.replyByDate && { replyByDate: message.replyByDate }),
    Sender: {
      idType: message.sender.idType,
      senderID: message.sender.id,
      label: message.sender.label,
      ...(!!message.sender.unit && { unit: message.sender.unit }),
    },
    Recipient: {
      idType: message.recipient.idType,
      recipientID: message.recipient.id,
      ...(!!message.recipient.label && { label: message.recipient.label }),
    },
    ...(!!message.caseReference && { ContentData: { caseReference: message.caseReference } }),
  };
  const body = {
    createdDateTime: message.createdAt.toISOString(),
    MainDocument: documentNode(message.mainDocument),
    ...(message.additionalDocuments.length > 0 && {
      AdditionalDocument: message.additionalDocuments.map(documentNode),
    }),
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    processEntities: true,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Message: { '@_xmlns': MEMO_NAMESPACE, '@_memoVersion': '1', MessageHeader: header, MessageBody: body },
  });
}

function documentNode(document: MemoDocument) {
  return {
    label: document.label,
    File: document.files.map((file) => ({
      encodingFormat: file.contentType,
      filename: file.filename,
      language: file.language,
      content: file.content.toString('base64'),
    })),
  };
}

// ---- checking ---------------------------------------------------------------------------------------------

/** A <File> as parsed; `content` is absent for an empty element. */
interface FileNode {
  filename: string;
  encodingFormat: string;
  language: string;
  content?: string;
}
interface DocumentNode {
  label: string;
  File: FileNode[];
}

/**
 * The parsed tree, in the shape memo.xsd guarantees once the schema check has passed. Every value is a string
 * (the parser leaves tag values alone, so CPR numbers keep their leading zeros).
 */
interface Tree {
  Message: {
    MessageHeader: {
      messageUUID: string;
      label: string;
      notification?: string;
      reply: string;
      replyByDate?: string;
      Sender: { senderID: string; label: string; unit?: string };
      Recipient: { idType: 'CPR' | 'CVR'; recipientID: string; label?: string };
      ContentData?: { caseReference?: string };
    };
    MessageBody: { createdDateTime: string; MainDocument: DocumentNode; AdditionalDocument?: DocumentNode[] };
  };
}

async function checkMemoXml(xml: string): Promise<{ errors: MemoXmlError[]; tree?: Tree }> {
  const refusal = refuseBeforeParsing(xml);
  if (refusal) return { errors: [refusal] };
  const schema = await memoSchema();
  const result = await withValidationSlot(() =>
    validateXML({
      xml: [{ fileName: DOCUMENT_NAME, contents: xml }],
      schema: [{ fileName: 'memo.xsd', contents: schema }],
      maxMemoryPages: XMLLINT_MAX_MEMORY_PAGES,
    }),
  );
  if (!result.valid) return { errors: validatorErrors(result.errors) };
  const tree = parser().parse(xml) as Tree;
  return { errors: ruleErrors(xml, tree), tree };
}

// Each validation runs xmllint in its own worker thread with up to 256 MiB of memory: a burst of incoming
// messages is validated a few at a time instead of all at once.
const MAX_PARALLEL_VALIDATIONS = 2;
let running = 0;
const waiting: Array<() => void> = [];
async function withValidationSlot<T>(work: () => Promise<T>): Promise<T> {
  // a finishing validation hands its slot straight to the next waiter, so the limit holds in between
  if (running >= MAX_PARALLEL_VALIDATIONS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** Size and DOCTYPE are refused on the raw text, before any parser sees the document (XXE, entity expansion). */
function refuseBeforeParsing(xml: string): MemoXmlError | undefined {
  if (typeof xml !== 'string' || xml.length === 0) return { message: 'The document is empty' };
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
  const list = located.map((error) => ({ line: error.loc!.lineNumber, message: redact(error.message) }));
  if (list.length === 0) return [{ message: 'The document is not valid against memo.xsd' }];
  return list.slice(0, MAX_REPORTED_ERRORS);
}

/** Shortens long quoted values (a rejected base64 block) and masks anything shaped like a CPR number. */
function redact(message: string): string {
  return message
    .replace(/'([^']*)'/g, (quoted, value: string) => (value.length > 60 ? `'${value.slice(0, 60)}…'` : quoted))
    .replace(/\d{6}-?\d{4}/g, 'xxxxxxxxxx');
}

/** The rules memo.xsd cannot state in XSD 1.0 (no co-occurrence constraints). */
function ruleErrors(xml: string, tree: Tree): MemoXmlError[] {
  const header = tree.Message.MessageHeader;
  const errors: MemoXmlError[] = [];
  const recipient = header.Recipient;
  const expectedDigits = recipient.idType === 'CPR' ? 10 : 8;
  if (String(recipient.recipientID).length !== expectedDigits) {
    errors.push({
      line: lineOf(xml, 'recipientID'),
      message: `A ${recipient.idType} recipient needs a recipientID of ${expectedDigits} digits`,
    });
  }
  if (header.replyByDate !== undefined && !isTrue(header.reply)) {
    errors.push({ line: lineOf(xml, 'replyByDate'), message: 'replyByDate is only allowed when reply is true' });
  }
  // libxml2 lets some malformed base64 through ('QUJD!!!!'), and Buffer.from would silently drop the bad
  // characters: an attachment would arrive damaged. Files are in document order, as are the content elements.
  const body = tree.Message.MessageBody;
  const files = [body.MainDocument, ...(body.AdditionalDocument ?? [])].flatMap((document) => document.File);
  const contentLines = [...xml.matchAll(/<(?:[\w.-]+:)?content[\s>]/g)].map((match) => lineAt(xml, match.index));
  files.forEach((file, index) => {
    if (!isStrictBase64(String(file.content ?? '').replace(/\s+/g, ''))) {
      errors.push({ line: contentLines[index], message: `The content of file ${index + 1} is not valid base64` });
    }
  });
  return errors;
}

// ---- reading ----------------------------------------------------------------------------------------------

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true, // the schema has fixed the namespace; a prefixed document reads the same
    parseTagValue: false, // CPR numbers and ids stay strings with their leading zeros
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    htmlEntities: true, // decodes character references (&#230;); xmllint has already refused any undeclared entity
    isArray: (name) => name === 'File' || name === 'AdditionalDocument',
  });
}

function toMessage(tree: Tree): MemoMessage {
  const { MessageHeader: header, MessageBody: body } = tree.Message;
  return {
    messageUuid: header.messageUUID,
    label: header.label,
    ...(header.notification !== undefined && { notification: header.notification }),
    reply: isTrue(header.reply),
    ...(header.replyByDate !== undefined && { replyByDate: header.replyByDate }),
    sender: {
      idType: 'CVR',
      id: header.Sender.senderID,
      label: header.Sender.label,
      ...(header.Sender.unit !== undefined && { unit: header.Sender.unit }),
    },
    recipient: {
      idType: header.Recipient.idType,
      id: header.Recipient.recipientID,
      ...(header.Recipient.label !== undefined && { label: header.Recipient.label }),
    },
    ...(header.ContentData?.caseReference !== undefined && { caseReference: header.ContentData.caseReference }),
    createdAt: new Date(body.createdDateTime),
    mainDocument: toDocument(body.MainDocument),
    additionalDocuments: (body.AdditionalDocument ?? []).map(toDocument),
  };
}

function toDocument(node: DocumentNode): MemoDocument {
  return { label: node.label, files: node.File.map(toFile) };
}

function toFile(node: FileNode): MemoFile {
  return {
    filename: node.filename,
    contentType: node.encodingFormat,
    language: node.language as MemoFile['language'],
    // xs:base64Binary allows whitespace (wrapped lines); an empty element is an empty file
    content: Buffer.from((node.content ?? '').replace(/\s+/g, ''), 'base64'),
  };
}

/** Whole groups of four from the base64 alphabet, with at most two '=' of padding at the very end. Checked
 * without one big repeated regex group, which overflows V8's stack on a file of several megabytes. */
function isStrictBase64(text: string): boolean {
  return text.length % 4 === 0 && !/[^A-Za-z0-9+/=]/.test(text) && /^[^=]*={0,2}$/.test(text);
}
const isTrue = (value: unknown) => value === 'true' || value === '1';

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineOf(xml: string, element: string): number | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${element}[\\s>]`).exec(xml);
  return match ? lineAt(xml, match.index) : undefined;
}
