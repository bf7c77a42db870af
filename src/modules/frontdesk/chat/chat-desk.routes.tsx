import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { badRequest } from '#platform/http/problem.ts';
import { currentLocale, t, withLocale } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { copenhagenDay, copenhagenInstant } from '../copenhagen-clock.ts';
import { named } from '../views/format.ts';
import { chatPaths } from '../views/paths.ts';
import type { ChatService } from './chat.service.ts';
import type { ChatHub } from './chat-hub.ts';
import { streamedMessage } from './chat.routes.tsx';
import { streamConversation, streamStart } from './live-stream.ts';
import { chatFigures } from './views/chat-figures.ts';
import { InboxPage } from './views/inbox-page.tsx';
import { StaffConversationPage, type StaffConversationView } from './views/staff-conversation-page.tsx';

const desk = { config: { permission: 'frontdesk:chat' } } as const;
const conversation = { config: { permission: 'frontdesk:chat', record: 'desk-conversation' } } as const;
const Id = z.object({ id: z.string().max(60) });
const NoticeQuery = z.object({ notice: z.enum(['taken', 'answered', 'closed']).optional().catch(undefined) }).catch({});
const InboxQuery = z.object({ transferred: z.string().max(60).optional().catch(undefined) }).catch({});
const AnswerBody = z
  .object({
    text: z.string().max(20_000).optional().catch(undefined),
    canned: z.string().max(60).optional().catch(undefined),
  })
  .catch({});
const TransferBody = z.object({ department: z.string().max(60).catch('') }).catch({ department: '' });
const CloseBody = z.object({ resolved: z.enum(['yes', 'no']).optional().catch(undefined) }).catch({});
/** why a staff member reads the conversation (the audit record's purpose) */
const READ_PURPOSE = 'web chat answered at the desk';

/** The staff side of the web chat: the department's inbox, a conversation, take, answer, pass on, end. */
export function registerChatDeskRoutes(app: FastifyInstance, chat: ChatService, hub: ChatHub): void {
  async function names() {
    const topics = await chat.topics();
    const departments = new Map(topics.map((topic) => [topic.departmentCode, topic.departmentName]));
    const purposes = new Map(topics.map((topic) => [topic.purposeCode, topic.name]));
    return {
      departments,
      departmentOf: (code: string) => {
        const name = departments.get(code);
        return name ? named({ name }) : code;
      },
      topicName: (code: string) => {
        const name = purposes.get(code);
        return name ? named({ name }) : code;
      },
    };
  }

  app.get(chatPaths.inbox, desk, async (request, reply) => {
    const now = chat.clock();
    const since = copenhagenInstant(copenhagenDay(now), '00:00');
    const inbox = await chat.inbox(request.principal!, since);
    const { departmentOf, topicName, departments } = await names();
    const { transferred } = InboxQuery.parse(request.query ?? {});
    const notice =
      transferred && departments.has(transferred)
        ? t('frontdesk.chat.transferredNotice', { department: departmentOf(transferred) })
        : undefined;
    reply.header('refresh', '15');
    reply.header('cache-control', 'no-store');
    return reply.page(() => (
      <InboxPage
        departmentName={inbox.departmentCode ? departmentOf(inbox.departmentCode) : undefined}
        open={inbox.open}
        closed={inbox.closed}
        figures={chatFigures(inbox.closed)}
        now={now}
        staffId={request.principal!.id}
        topicName={topicName}
        notice={notice}
      />
    ));
  });

  async function conversationPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: Partial<StaffConversationView> = {},
    status = 200,
  ) {
    const actor = request.principal!;
    const view = await chat.staffView(actor, id, READ_PURPOSE);
    const { departments, departmentOf, topicName } = await names();
    const canned = await chat.cannedAnswers(view.conversation.purposeCode, currentLocale());
    const others = [...departments.keys()]
      .filter((code) => code !== view.conversation.departmentCode)
      .map((code) => ({ code, name: departmentOf(code) }));
    reply.header('cache-control', 'no-store');
    return reply.page(
      () => (
        <StaffConversationPage
          conversation={view.conversation}
          messages={view.messages}
          topicName={topicName(view.conversation.purposeCode)}
          partyName={view.partyName}
          departmentName={departmentOf(view.conversation.departmentCode)}
          departmentOf={departmentOf}
          departments={others}
          canned={canned}
          mine={view.conversation.staffId === actor.id || view.conversation.status === 'waiting'}
          {...extra}
        />
      ),
      status,
    );
  }

  app.get('/staff/frontdesk/chat/:id', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const { notice } = NoticeQuery.parse(request.query ?? {});
    const text = notice ? t(`frontdesk.chat.${notice}Notice`) : undefined;
    return conversationPage(request, reply, id, text ? { notice: text } : {});
  });

  app.post('/staff/frontdesk/chat/:id/take', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    await chat.take(request.principal!, id);
    return reply.redirect(`${chatPaths.staffConversation(id)}?notice=taken`, 303);
  });

  app.post('/staff/frontdesk/chat/:id/answer', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const body = AnswerBody.parse(request.body ?? {});
    const actor = request.principal!;
    const outcome = await attemptForm(
      async () => {
        let text = body.text ?? '';
        if (body.canned !== undefined) {
          const view = await chat.staffView(actor, id, READ_PURPOSE);
          const answer = (await chat.cannedAnswers(view.conversation.purposeCode, currentLocale())).find(
            (candidate) => candidate.id === body.canned,
          );
          if (!answer)
            throw badRequest('frontdesk.chat.error.canned', {}, [
              { field: 'canned', message: 'frontdesk.chat.error.canned' },
            ]);
          text = answer.body;
        }
        return chat.answer(actor, id, text);
      },
      { statuses: [400, 409], field: 'text' },
    );
    if (!outcome.ok)
      return conversationPage(
        request,
        reply,
        id,
        { errors: outcome.errors, text: body.text },
        outcome.problem.statusCode,
      );
    return reply.redirect(`${chatPaths.staffConversation(id)}?notice=answered`, 303);
  });

  app.post('/staff/frontdesk/chat/:id/transfer', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const body = TransferBody.parse(request.body ?? {});
    const outcome = await attemptForm(() => chat.transfer(request.principal!, id, body.department), {
      statuses: [400, 409],
      field: 'department',
    });
    if (!outcome.ok)
      return conversationPage(request, reply, id, { errors: outcome.errors }, outcome.problem.statusCode);
    // passed on: the conversation is another department's now; the inbox says where it went
    return reply.redirect(`${chatPaths.inbox}?transferred=${encodeURIComponent(body.department)}`, 303);
  });

  app.post('/staff/frontdesk/chat/:id/close', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const body = CloseBody.parse(request.body ?? {});
    const outcome = await attemptForm(
      async () => {
        if (!body.resolved)
          throw badRequest('frontdesk.chat.error.resolved', {}, [
            { field: 'resolved', message: 'frontdesk.chat.error.resolved' },
          ]);
        return chat.close(request.principal!, id, body.resolved === 'yes');
      },
      { statuses: [400, 409], field: 'resolved' },
    );
    if (!outcome.ok)
      return conversationPage(request, reply, id, { errors: outcome.errors }, outcome.problem.statusCode);
    return reply.redirect(`${chatPaths.staffConversation(id)}?notice=closed`, 303);
  });

  app.get('/staff/frontdesk/chat/:id/events', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const actor = request.principal!;
    const { departmentOf } = await names();
    const locale = request.locale;
    let audited = false;
    const read = (after: number) =>
      withLocale(locale, async () => {
        // the stream's first read is audited like the page; later reads continue the same look
        const view = audited
          ? await chat.staffStream(actor, id, after)
          : await chat.staffView(actor, id, READ_PURPOSE, after);
        audited = true;
        const department = departmentOf(view.conversation.departmentCode);
        return {
          messages: view.messages.map((message) => streamedMessage(message, department, departmentOf, 'staff')),
          status: { status: view.conversation.status, text: t(`frontdesk.chat.state.${view.conversation.status}`) },
        };
      });
    return streamConversation(request, reply, { hub, conversationId: id, after: streamStart(request), read });
  });
}
