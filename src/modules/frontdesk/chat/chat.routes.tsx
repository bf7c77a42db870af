import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentLocale, t, withLocale } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { copenhagenClock } from '../copenhagen-clock.ts';
import { named } from '../views/format.ts';
import { chatPaths } from '../views/paths.ts';
import type { ChatService } from './chat.service.ts';
import type { ChatHub } from './chat-hub.ts';
import type { ChatMessage } from './conversation.ts';
import { streamConversation, streamStart } from './live-stream.ts';
import { authorLabel, messageText } from './transcript.ts';
import { chatVisitor, chatVisitorWithCookie } from './visitor.ts';
import { ChatStartPage, ChatTopicsPage } from './views/chat-start-page.tsx';
import { ConversationPage, type ConversationView } from './views/conversation-page.tsx';
import { MyChatsPage } from './views/my-chats-page.tsx';

const open = { config: { access: 'public' } } as const;
const conversation = { config: { access: 'public', record: 'conversation' } } as const;
/** writing is limited per visitor by the service; per client address here, against a visitor who drops cookies */
const writing = { config: { access: 'public', record: 'conversation', rateLimitPerMinute: 30 } } as const;
const Id = z.object({ id: z.string().max(60) });
const code = z.string().max(100).optional().catch(undefined);
const TopicQuery = z.object({ purpose: code }).catch({});
const NoticeQuery = z.object({ notice: z.enum(['sent', 'ended', 'transcript']).optional().catch(undefined) }).catch({});
const StartBody = z.object({ purpose: code, text: z.string().max(20_000).catch('') }).catch({ text: '' });
const TextBody = z.object({ text: z.string().max(20_000).catch('') }).catch({ text: '' });
/** refusals the form shows itself: bad text (400), a closed chat or conversation (409), writing too fast (429) */
const formStatuses = { statuses: [400, 409, 429], field: 'text' } as const;

/** A message as the live stream sends it: the words to show, never markup (the script sets them as text). */
export const streamedMessage = (
  message: ChatMessage,
  department: string,
  departmentOf: (code: string) => string,
  reader: 'visitor' | 'staff',
) => ({
  id: message.id,
  data: {
    id: message.id,
    author: message.author,
    label: authorLabel(message, department, reader),
    text: messageText(message, departmentOf),
    sentAt: message.sentAt.toISOString(),
    time: copenhagenClock(message.sentAt),
  },
});

/** The visitor's web chat: start from a purpose, write, follow live, end, transcript; "my chats" on my page. */
export function registerChatRoutes(
  app: FastifyInstance,
  chat: ChatService,
  hub: ChatHub,
  settings: { secureCookies: boolean; anonymousRetentionDays: number },
): void {
  const departmentNamer = async () => {
    const topics = await chat.topics();
    const names = new Map(topics.map((topic) => [topic.departmentCode, topic.departmentName]));
    return (code: string) => {
      const name = names.get(code);
      return name ? named({ name }) : code;
    };
  };

  async function startPage(request: FastifyRequest, reply: FastifyReply, purpose: string, extra = {}, status = 200) {
    const availability = await chat.availability(purpose);
    const principal = request.principal;
    const visitor =
      principal?.kind === 'citizen' || principal?.kind === 'business'
        ? 'party'
        : principal
          ? 'staff'
          : availability.topic.anonymous
            ? 'anonymous'
            : 'login-required';
    const loginHref = `/auth/login?returnTo=${encodeURIComponent(`${chatPaths.start}?purpose=${purpose}`)}`;
    return reply.page(
      () => <ChatStartPage availability={availability} visitor={visitor} loginHref={loginHref} {...extra} />,
      status,
    );
  }

  app.get(chatPaths.start, open, async (request, reply) => {
    const { purpose } = TopicQuery.parse(request.query ?? {});
    if (purpose) return startPage(request, reply, purpose);
    const topics = await chat.topics();
    return reply.page(() => <ChatTopicsPage topics={topics} />);
  });

  app.post(chatPaths.start, { config: { access: 'public', rateLimitPerMinute: 10 } }, async (request, reply) => {
    const body = StartBody.parse(request.body ?? {});
    const purpose = body.purpose ?? '';
    await chat.topic(purpose);
    const visitor = chatVisitorWithCookie(request, reply, settings.secureCookies);
    const outcome = await attemptForm(
      () => chat.start(visitor, { purposeCode: purpose, text: body.text, locale: currentLocale() }),
      formStatuses,
    );
    if (!outcome.ok)
      return startPage(
        request,
        reply,
        purpose,
        { errors: outcome.errors, text: body.text },
        outcome.problem.statusCode,
      );
    return reply.redirect(chatPaths.conversation(outcome.value.id), 303);
  });

  async function conversationPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: Partial<ConversationView> = {},
    status = 200,
  ) {
    const view = await chat.visitorView(chatVisitor(request), id);
    const departmentOf = await departmentNamer();
    const principal = request.principal;
    return reply.page(
      () => (
        <ConversationPage
          conversation={view.conversation}
          messages={view.messages}
          departmentName={departmentOf(view.conversation.departmentCode)}
          departmentOf={departmentOf}
          loggedIn={principal?.kind === 'citizen' || principal?.kind === 'business'}
          anonymousRetentionDays={settings.anonymousRetentionDays}
          {...extra}
        />
      ),
      status,
    );
  }

  const notices = {
    sent: 'frontdesk.chat.sentNotice',
    ended: 'frontdesk.chat.endedNotice',
    transcript: 'frontdesk.chat.transcriptSentNotice',
  };

  app.get('/chat/:id', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const { notice } = NoticeQuery.parse(request.query ?? {});
    reply.header('cache-control', 'no-store');
    return conversationPage(request, reply, id, notice ? { notice: t(notices[notice]) } : {});
  });

  app.post('/chat/:id/messages', writing, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const body = TextBody.parse(request.body ?? {});
    const outcome = await attemptForm(() => chat.write(chatVisitor(request), id, body.text), formStatuses);
    if (!outcome.ok)
      return conversationPage(
        request,
        reply,
        id,
        { errors: outcome.errors, text: body.text },
        outcome.problem.statusCode,
      );
    return reply.redirect(`${chatPaths.conversation(id)}?notice=sent`, 303);
  });

  app.post('/chat/:id/end', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    await chat.end(chatVisitor(request), id);
    return reply.redirect(`${chatPaths.conversation(id)}?notice=ended`, 303);
  });

  app.post('/chat/:id/transcript', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const outcome = await attemptForm(() => chat.sendTranscript(chatVisitor(request), id), { statuses: [409] });
    if (!outcome.ok) return conversationPage(request, reply, id, { errors: outcome.errors }, 409);
    return reply.redirect(`${chatPaths.conversation(id)}?notice=transcript`, 303);
  });

  app.get('/chat/:id/events', conversation, async (request, reply) => {
    const { id } = Id.parse(request.params);
    const visitor = chatVisitor(request);
    const departmentOf = await departmentNamer();
    const locale = request.locale;
    const read = (after: number) =>
      withLocale(locale, async () => {
        const view = await chat.visitorView(visitor, id, after);
        const department = departmentOf(view.conversation.departmentCode);
        return {
          messages: view.messages.map((message) => streamedMessage(message, department, departmentOf, 'visitor')),
          status: { status: view.conversation.status, text: t(`frontdesk.chat.status.${view.conversation.status}`) },
        };
      });
    return streamConversation(request, reply, { hub, conversationId: id, after: streamStart(request), read });
  });

  app.get(chatPaths.mine, { config: { permission: 'frontdesk:chat-own' } }, async (request, reply) => {
    const conversations = await chat.mine(request.principal!);
    const topics = new Map((await chat.topics()).map((topic) => [topic.purposeCode, topic]));
    const topicName = (code: string) => {
      const topic = topics.get(code);
      return topic ? named(topic) : code;
    };
    return reply.page(() => <MyChatsPage conversations={conversations} topicName={topicName} />);
  });
}
