import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { PostService } from '../post.service.ts';
import { MailboxPageView } from '../views/citizen/mailbox-page.tsx';
import { MessagePage } from '../views/citizen/message-page.tsx';
import { NewMessagePage } from '../views/citizen/new-message-page.tsx';
import { paths } from '../views/paths.ts';
import { formFields, uploadedAttachments } from './form-input.ts';
import { sendAttachment } from './attachment-response.ts';
import { parseOr400 } from './form-input.ts';
import { formErrorsOf } from '#platform/views/form-problems.ts';

const own = { config: { permission: 'post:read-own' } } as const;
const ownMessage = { config: { ...own.config, record: 'message' } } as const;
const notices = [
  'post.new.sent',
  'post.reply.sent',
  'post.message.archived',
  'post.message.moved',
  'post.registration.saved.signed_up',
  'post.registration.saved.withdrawn',
] as const;
const MailboxQuery = z.object({
  folder: z.enum(['inbox', 'sent', 'archive']).catch('inbox').default('inbox'),
  q: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  notice: z.enum(notices).optional().catch(undefined),
});
const MessageParams = z.object({ id: z.string().max(100) });
const AttachmentParams = z.object({ id: z.string().max(100), attachmentId: z.string().max(100) });
const NoticeQuery = z.object({ notice: z.enum(notices).optional().catch(undefined) });
const MoveBody = z
  .object({ folder: z.enum(['inbox', 'archive']).catch('archive') })
  .catch({ folder: 'archive' as const });
const RegistrationBody = z.object({ choice: z.enum(['signed_up', 'withdrawn']) });

/** The citizen's and business's digital post: mailbox with folders and search, reading, replying, writing, archiving, sign-up. */
export function registerCitizenPostRoutes(app: FastifyInstance, service: PostService): void {
  app.get('/post', own, async (request, reply) => {
    const query = MailboxQuery.parse(request.query ?? {});
    const mailbox = await service.mailbox(request.principal!, {
      folder: query.folder,
      search: query.q,
      page: query.page,
    });
    return reply.page(() => <MailboxPageView mailbox={mailbox} notice={query.notice} />);
  });

  app.get(paths.newMessage, own, async (_request, reply) => {
    const departments = await service.listDepartments();
    return reply.page(() => <NewMessagePage departments={departments} />);
  });

  app.post(paths.newMessage, own, async (request, reply) => {
    const { text, files } = formFields(request.body);
    const input = { departmentId: text.department, subject: text.subject, body: text.body };
    try {
      await service.writeToDepartment(request.principal!, {
        ...input,
        attachments: await uploadedAttachments(files.attachments),
      });
      return reply.redirect(`${paths.mailbox('sent')}&notice=post.new.sent`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      const departments = await service.listDepartments();
      return reply.page(
        () => (
          <NewMessagePage
            departments={departments}
            values={{ department: text.department, subject: text.subject, body: text.body }}
            errors={errors}
          />
        ),
        400,
      );
    }
  });

  app.get('/post/messages/:id', ownMessage, async (request, reply) => {
    const { message, thread } = await service.openMessage(request.principal!, MessageParams.parse(request.params).id);
    const { notice } = NoticeQuery.parse(request.query ?? {});
    return reply.page(() => <MessagePage message={message} thread={thread} notice={notice} />);
  });

  app.get('/post/messages/:id/attachments/:attachmentId/download', ownMessage, async (request, reply) => {
    const { id, attachmentId } = AttachmentParams.parse(request.params);
    return sendAttachment(reply, await service.ownAttachment(request.principal!, id, attachmentId));
  });

  app.post('/post/messages/:id/reply', ownMessage, async (request, reply) => {
    const { id } = MessageParams.parse(request.params);
    const { text, files } = formFields(request.body);
    try {
      const replyId = await service.reply(request.principal!, id, {
        body: text.body,
        attachments: await uploadedAttachments(files.attachments),
      });
      return reply.redirect(`${paths.message(replyId)}?notice=post.reply.sent`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      const { message, thread } = await service.openMessage(request.principal!, id);
      return reply.page(
        () => <MessagePage message={message} thread={thread} errors={errors} replyText={text.body} />,
        400,
      );
    }
  });

  app.post('/post/messages/:id/move', ownMessage, async (request, reply) => {
    const { id } = MessageParams.parse(request.params);
    const { folder } = MoveBody.parse(request.body ?? {});
    await service.moveToFolder(request.principal!, id, folder);
    return reply.redirect(
      `${paths.message(id)}?notice=${folder === 'archive' ? 'post.message.archived' : 'post.message.moved'}`,
      303,
    );
  });

  app.post(paths.registration, own, async (request, reply) => {
    const { choice } = parseOr400(RegistrationBody, request.body);
    await service.setRegistration(request.principal!, choice);
    return reply.redirect(`/post?notice=post.registration.saved.${choice}`, 303);
  });
}
