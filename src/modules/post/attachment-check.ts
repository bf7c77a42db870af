import { fileTypeFromBuffer } from 'file-type';
import type { Attachment } from '#platform/contracts.ts';
import {
  ALLOWED_ATTACHMENT_TYPES,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_MAX_COUNT,
  ATTACHMENTS_TOTAL_MAX_BYTES,
} from './post-limits.ts';

export interface CheckedAttachment {
  filename: string;
  /** the type the content shows, not the one the sender claimed */
  content_type: string;
  content: Buffer;
}
export type AttachmentProblem =
  | { key: 'post.attachment.tooMany'; values: { max: number } }
  | {
      key: 'post.attachment.tooLarge' | 'post.attachment.type' | 'post.attachment.empty';
      values: { name: string; max?: string };
    }
  | { key: 'post.attachment.totalTooLarge'; values: { max: string } };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A file name that is safe to show and to send back in Content-Disposition: no path, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'bilag';
}

/**
 * Checks a message's attachments: how many, how big (each and together), and the type by content
 * with file-type — a program renamed to .pdf is refused. Returns the first problem, or the checked files.
 */
export async function checkAttachments(
  attachments: Attachment[],
): Promise<{ ok: true; attachments: CheckedAttachment[] } | { ok: false; problem: AttachmentProblem }> {
  if (attachments.length > ATTACHMENTS_MAX_COUNT)
    return { ok: false, problem: { key: 'post.attachment.tooMany', values: { max: ATTACHMENTS_MAX_COUNT } } };
  const checked: CheckedAttachment[] = [];
  let total = 0;
  for (const attachment of attachments) {
    const name = cleanFilename(attachment.filename);
    if (attachment.content.length === 0)
      return { ok: false, problem: { key: 'post.attachment.empty', values: { name } } };
    if (attachment.content.length > ATTACHMENT_MAX_BYTES)
      return {
        ok: false,
        problem: { key: 'post.attachment.tooLarge', values: { name, max: megabytes(ATTACHMENT_MAX_BYTES) } },
      };
    total += attachment.content.length;
    const detected = (await fileTypeFromBuffer(attachment.content))?.mime;
    if (!detected || !(ALLOWED_ATTACHMENT_TYPES as readonly string[]).includes(detected))
      return { ok: false, problem: { key: 'post.attachment.type', values: { name } } };
    checked.push({ filename: name, content_type: detected, content: attachment.content });
  }
  if (total > ATTACHMENTS_TOTAL_MAX_BYTES)
    return {
      ok: false,
      problem: { key: 'post.attachment.totalTooLarge', values: { max: megabytes(ATTACHMENTS_TOTAL_MAX_BYTES) } },
    };
  return { ok: true, attachments: checked };
}
