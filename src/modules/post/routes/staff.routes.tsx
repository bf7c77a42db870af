import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can } from '#platform/auth/permissions.ts';
import type { PostService } from '../post.service.ts';
import type { PrintService } from '../print.service.ts';
import { DepartmentMailboxPage } from '../views/staff/department-page.tsx';
import { StaffMessagePage } from '../views/staff/staff-message-page.tsx';
import { WriteLetterPage, type WriteLetterValues } from '../views/staff/write-letter-page.tsx';
import { PrintPage } from '../views/staff/print-page.tsx';
import { ExemptionPage } from '../views/staff/exemption-page.tsx';
import { paths } from '../views/paths.ts';
import { formFields, uploadedAttachments } from './form-input.ts';
import { sendAttachment } from './attachment-response.ts';
import { formErrorsOf } from '#platform/views/form-problems.ts';

const read = { config: { permission: 'post:read-department' } } as const;
const send = { config: { permission: 'post:send' } } as const;
const print = { config: { permission: 'post:print' } } as const;
const exempt = { config: { permission: 'post:exempt' } } as const;
const readMessage = { config: { ...read.config, record: 'message' } } as const;
const answerMessage = { config: { ...send.config, record: 'message' } } as const;
const printBatch = { config: { ...print.config, record: 'print-batch' } } as const;
const staffNotices = ['post.staff.sent.digital', 'post.staff.sent.print'] as const;
const printNotices = ['post.print.state.closed', 'post.print.state.posted'] as const;
const MailboxQuery = z.object({
  view: z.enum(['sent', 'received']).catch('sent').default('sent'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  notice: z.enum(staffNotices).optional().catch(undefined),
});
const IdParams = z.object({ id: z.string().max(100) });
const AttachmentParams = z.object({ id: z.string().max(100), attachmentId: z.string().max(100) });
const AnswerQuery = z.object({ notice: z.enum(['post.staff.answer.sent']).optional().catch(undefined) });
const PrintQuery = z.object({ notice: z.enum(printNotices).optional().catch(undefined) });

/** Staff pages: the department mailbox, writing a letter, reading messages (audited), the print queue. */
export function registerStaffPostRoutes(app: FastifyInstance, service: PostService, printing: PrintService): void {
  app.get(paths.staff, read, async (request, reply) => {
    const query = MailboxQuery.parse(request.query ?? {});
    const mailbox = await service.staff.departmentMailbox(request.principal!, {
      direction: query.view === 'received' ? 'in' : 'out',
      page: query.page,
    });
    return reply.page(() => (
      <DepartmentMailboxPage view={query.view} page={query.page} notice={query.notice} {...mailbox} />
    ));
  });

  app.get(paths.staffNew, send, async (request, reply) => {
    const departments = await service.listDepartments();
    return reply.page(() => (
      <WriteLetterPage
        departments={departments}
        values={{ department: request.principal!.departmentId ?? undefined }}
      />
    ));
  });

  app.post(paths.staffNew, send, async (request, reply) => {
    const { text, files } = formFields(request.body);
    const values: WriteLetterValues = { ...text, replyAllowed: text.replyAllowed === 'yes' };
    try {
      const sent = await service.staff.sendAsStaff(request.principal!, {
        recipientKind: text.recipientKind === 'cvr' ? 'cvr' : 'cpr',
        recipient: text.recipient ?? '',
        purpose: text.purpose ?? '',
        subject: text.subject ?? '',
        body: text.body ?? '',
        replyAllowed: values.replyAllowed ?? false,
        caseId: text.caseId,
        departmentId: text.department || undefined,
        attachments: await uploadedAttachments(files.attachments),
      });
      return reply.redirect(`${paths.staff}?notice=post.staff.sent.${sent.delivery}`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      const departments = await service.listDepartments();
      return reply.page(() => <WriteLetterPage departments={departments} values={values} errors={errors} />, 400);
    }
  });

  app.get('/staff/post/messages/:id', readMessage, async (request, reply) => {
    const message = await service.staff.readMessage(request.principal!, IdParams.parse(request.params).id);
    const { notice } = AnswerQuery.parse(request.query ?? {});
    return reply.page(() => (
      <StaffMessagePage message={message} canAnswer={can(request.principal, 'post:send')} notice={notice} />
    ));
  });

  app.post('/staff/post/messages/:id/answer', answerMessage, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const { text, files } = formFields(request.body);
    try {
      const answerId = await service.staff.answer(request.principal!, id, {
        body: text.body ?? '',
        replyAllowed: text.replyAllowed === 'yes',
        attachments: await uploadedAttachments(files.attachments),
      });
      return reply.redirect(`${paths.staffMessage(answerId)}?notice=post.staff.answer.sent`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      const message = await service.staff.readMessage(request.principal!, id);
      return reply.page(
        () => <StaffMessagePage message={message} canAnswer errors={errors} answerText={text.body} />,
        400,
      );
    }
  });

  app.get('/staff/post/messages/:id/attachments/:attachmentId/download', readMessage, async (request, reply) => {
    const { id, attachmentId } = AttachmentParams.parse(request.params);
    return sendAttachment(reply, await service.staff.attachment(request.principal!, id, attachmentId));
  });

  app.get(paths.exemptions, exempt, async (_request, reply) => reply.page(() => <ExemptionPage />));

  app.post(paths.exemptions, exempt, async (request, reply) => {
    const { text } = formFields(request.body);
    try {
      const saved = await service.staff.recordExemption(request.principal!, {
        cpr: text.cpr ?? '',
        purpose: text.purpose ?? '',
        choice: text.choice === 'signed_up' ? 'signed_up' : 'exempt',
      });
      return reply.page(() => <ExemptionPage saved={saved} />);
    } catch (error) {
      const errors = formErrorsOf(error);
      return reply.page(() => <ExemptionPage values={text} errors={errors} />, 400);
    }
  });

  app.get(paths.print, print, async (request, reply) => {
    const batches = await printing.batches(request.principal!);
    const { notice } = PrintQuery.parse(request.query ?? {});
    return reply.page(() => <PrintPage batches={batches} notice={notice} />);
  });

  app.post('/staff/post/print/batches/:id/close', printBatch, async (request, reply) => {
    await printing.close(request.principal!, IdParams.parse(request.params).id);
    return reply.redirect(`${paths.print}?notice=post.print.state.closed`, 303);
  });

  app.get('/staff/post/print/batches/:id/download', printBatch, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const pdf = await printing.pdf(request.principal!, id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="printkoersel-${id.slice(0, 8)}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });

  app.post('/staff/post/print/batches/:id/posted', printBatch, async (request, reply) => {
    await printing.markPosted(request.principal!, IdParams.parse(request.params).id);
    return reply.redirect(`${paths.print}?notice=post.print.state.posted`, 303);
  });
}
