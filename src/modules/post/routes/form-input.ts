import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import type { Attachment } from '#platform/contracts.ts';
import { t } from '#platform/i18n/i18n.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { uploadedFilename } from '#platform/http/uploads.ts';

/** A form body (url-encoded or multipart with `attachFieldsToBody: 'keyValues'`) as text fields and files. */
export function formFields(body: unknown): { text: Record<string, string>; files: Record<string, Buffer[]> } {
  const text: Record<string, string> = {};
  const files: Record<string, Buffer[]> = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (name === '_csrf') continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (Buffer.isBuffer(item)) {
        // a file input left empty still sends an empty part
        if (item.length) (files[name] ??= []).push(item);
      } else if (typeof item === 'string' && !(name in text)) text[name] = item;
    }
  }
  return { text, files };
}

/**
 * Uploaded files as attachments, with the names the browser gave them (numbered when it gave none); the type
 * is the one the content shows, and the service checks it again.
 */
export async function uploadedAttachments(files: Buffer[] | undefined): Promise<Attachment[]> {
  return Promise.all(
    (files ?? []).map(async (content, index) => {
      const type = await fileTypeFromBuffer(content);
      return {
        filename: uploadedFilename(content) ?? `${t('post.message.attachments')} ${index + 1}.${type?.ext ?? 'bin'}`,
        contentType: type?.mime ?? 'application/octet-stream',
        content,
      };
    }),
  );
}

/** Parses a small form or query with zod; bad input is a 400 problem, not a server error. */
export function parseOr400<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new HttpProblem(400, 'error.400.text');
  return parsed.data;
}
