import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '#platform/http/problem.ts';
import type { PostService } from '../post.service.ts';
import { MEMO_MAX_XML_BYTES } from '../memo/memo-xml.ts';
import { BODY_MAX, SUBJECT_MAX } from '../post-limits.ts';
import { recipientByNumber } from '../post-input.ts';

/** Room for 10 MB of attachments as base64 plus the letter. */
const API_BODY_LIMIT = 16 * 1024 * 1024;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

const Status = z.enum(['queued', 'delivered', 'read', 'notified', 'failed', 'printed']);
export const SendMessageRequest = z.object({
  recipient: z
    .object({
      cpr: z.string().max(11).optional().describe('CPR number, ddmmyy-xxxx or ddmmyyxxxx'),
      cvr: z.string().max(8).optional().describe('CVR number'),
    })
    .describe('exactly one of cpr and cvr'),
  subject: z.string().max(SUBJECT_MAX),
  body: z.string().max(BODY_MAX),
  replyAllowed: z.boolean().default(false),
  caseId: z.string().max(100).optional().describe('the case the letter is about, in the sending system'),
  departmentCode: z
    .string()
    .max(50)
    .optional()
    .describe('the sending department (default: the API client’s department)'),
  notificationText: z.string().max(160).optional().describe('short notification text for SMS/e-mail (never the body)'),
  attachments: z
    .array(
      z.object({
        filename: z.string().min(1).max(255),
        contentType: z.string().max(100).describe('informative only: the type is checked by content (PDF and images)'),
        content: z.string().describe('base64'),
      }),
    )
    .max(10)
    .default([]),
});
export const SendMessageResponse = z.object({
  id: z.uuid(),
  status: Status,
  delivery: z
    .enum(['digital', 'print', 'sms'])
    .describe(
      'print: the recipient is not signed up for digital post, so the letter is printed; sms: a NemSMS (MeMo only)',
    ),
  href: z.string(),
});
export const MessageStatusResponse = z.object({
  id: z.uuid(),
  status: Status,
  delivery: z.enum(['digital', 'print']),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  readAt: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  printedAt: z.string().nullable(),
});
export const RepliesResponse = z.object({
  replies: z.array(
    z.object({
      id: z.uuid(),
      subject: z.string(),
      body: z.string(),
      receivedAt: z.string(),
      attachments: z.array(
        z.object({
          id: z.uuid(),
          filename: z.string(),
          contentType: z.string(),
          size: z.number().int(),
          content: z.string().describe('base64'),
        }),
      ),
    }),
  ),
});
const MessageParams = z.object({ id: z.string().max(100) });
const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The integration API of digital post: send (JSON or MeMo XML), status, replies, MeMo export. */
export function registerPostApiRoutes(app: FastifyInstance, service: PostService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/messages',
    {
      bodyLimit: API_BODY_LIMIT,
      config: { permission: 'post:send', idempotent: true },
      schema: {
        operationId: 'sendMessage',
        summary: 'Send a letter to a CPR or CVR number (digital post, or printed when not signed up)',
        tags: ['post'],
        body: SendMessageRequest,
        response: { 201: SendMessageResponse },
      },
    },
    async (request, reply) => {
      const { recipient, attachments, ...letter } = request.body;
      const to = recipientByNumber(recipient);
      const files = attachments.map((attachment, index) => {
        const content = attachment.content.replace(/\s+/g, '');
        if (!base64.test(content) || content.length % 4 !== 0)
          throw new HttpProblem(400, 'post.api.base64', { index: index + 1 });
        return {
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: Buffer.from(content, 'base64'),
        };
      });
      const sent = await service.sendByNumber(request.principal!, {
        ...letter,
        recipient: to,
        attachments: files,
      });
      return reply.code(201).send({
        id: sent.id,
        status: sent.status as z.infer<typeof Status>,
        delivery: sent.delivery,
        href: `/api/v1/messages/${sent.id}`,
      });
    },
  );

  api.get(
    '/api/v1/messages/:id',
    {
      config: { permission: 'post:read-department', record: 'message' },
      schema: {
        operationId: 'getMessageStatus',
        summary: 'A sent message’s status',
        tags: ['post'],
        params: MessageParams,
        response: { 200: MessageStatusResponse },
      },
    },
    async (request) => {
      const status = await service.staff.status(request.principal!, request.params.id);
      return {
        ...status,
        createdAt: status.createdAt.toISOString(),
        deliveredAt: iso(status.deliveredAt),
        readAt: iso(status.readAt),
        notifiedAt: iso(status.notifiedAt),
        printedAt: iso(status.printedAt),
      };
    },
  );

  api.get(
    '/api/v1/messages/:id/replies',
    {
      config: { permission: 'post:read-department', record: 'message' },
      schema: {
        operationId: 'listMessageReplies',
        summary: 'The replies to a sent message (audited)',
        tags: ['post'],
        params: MessageParams,
        response: { 200: RepliesResponse },
      },
    },
    async (request) => ({
      replies: (await service.staff.replies(request.principal!, request.params.id)).map((reply) => ({
        ...reply,
        receivedAt: reply.receivedAt.toISOString(),
      })),
    }),
  );

  api.get(
    '/api/v1/messages/:id/memo',
    {
      config: { permission: 'post:read-department', record: 'message' },
      schema: {
        operationId: 'exportMessageAsMemo',
        summary: 'A message exported as MeMo 1.2 XML, valid against the official XSD (audited)',
        tags: ['post'],
        params: MessageParams,
        produces: ['application/xml'],
      },
    },
    async (request, reply) => {
      const xml = await service.memo.export(request.principal!, request.params.id);
      return reply.type('application/xml; charset=utf-8').send(xml);
    },
  );

  // MeMo documents arrive as XML: a parser for that content type only here, since the server accepts no other text bodies.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/xml', 'text/xml'],
      { parseAs: 'string', bodyLimit: MEMO_MAX_XML_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/messages/memo',
      {
        bodyLimit: MEMO_MAX_XML_BYTES,
        config: { permission: 'post:send', idempotent: true },
        schema: {
          operationId: 'sendMemoMessage',
          summary:
            'Send a MeMo 1.1 or 1.2 message (Digitaliseringsstyrelsen’s XSDs; a NemSMS goes out as SMS; a refused document gets the validator’s errors with line and element)',
          tags: ['post'],
          consumes: ['application/xml'],
          body: z.string().describe('a MeMo message (namespace https://DigitalPost.dk/MeMo-1)'),
          response: { 201: SendMessageResponse },
        },
      },
      async (request, reply) => {
        const sent = await service.memo.receive(request.principal!, request.body);
        return reply.code(201).send({
          id: sent.id,
          status: sent.status as z.infer<typeof Status>,
          delivery: sent.delivery,
          href: `/api/v1/messages/${sent.id}`,
        });
      },
    );
  });
}
