import type { FastifyReply } from 'fastify';
import type { AttachmentRow } from '../post.repository.ts';

/** Sends an attachment as a download: its checked type, never sniffed or shown inline by the browser, never cached. */
export function sendAttachment(reply: FastifyReply, attachment: AttachmentRow) {
  const ascii = attachment.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', attachment.content_type)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(attachment.content);
}
