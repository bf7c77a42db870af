import type { Principal } from '#platform/auth/principal.ts';
import type { PostContract } from '#platform/contracts.ts';
import type { Database, Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { badRequest, conflict, HttpProblem, notFound } from '#platform/http/problem.ts';
import type { Locale } from '#platform/i18n/i18n.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { ChatClosed } from '../frontdesk.events.ts';
import { isoWeekday } from '../copenhagen-clock.ts';
import { answersChatOf, type ChatVisitor, isChatParty } from './chat-policy.ts';
import { chatOpenAt, type ChatHours, nextChatOpening } from './chat-hours.ts';
import { chatTextProblem, MAX_CHAT_MESSAGE_LENGTH, normalizedChatText } from './chat-text.ts';
import type { ChatHub } from './chat-hub.ts';
import * as repository from './chat.repository.ts';
import { type ChatMessage, type Conversation, secondsBetween, toChatMessage, toConversation } from './conversation.ts';
import { openingText, transcriptLetter } from './transcript.ts';

/** How much a visitor may write: messages a minute in one conversation, conversations started an hour. */
export const CHAT_LIMITS = { messagesPerMinute: 10, startsPerHour: 5 } as const;

export interface ChatTopic {
  purposeCode: string;
  name: { da: string; en: string };
  departmentCode: string;
  departmentName: { da: string; en: string };
  anonymous: boolean;
}

export interface ChatAvailability {
  topic: ChatTopic;
  open: boolean;
  /** when it opens next (the instant itself while open); undefined without hours in the next two weeks */
  opensAt?: Date;
  hours: ChatHours[];
}

export interface ChatDependencies {
  db: Database;
  events: EventBus;
  hub: ChatHub;
  identity: Pick<IdentityContract, 'department' | 'departmentByCode' | 'getPerson' | 'getBusiness'>;
  post: Pick<PostContract, 'sendLetter'>;
  /** the inquiry purposes of channels (names), read when needed */
  purposes: () => Promise<Array<{ code: string; name: { da: string; en: string } }>>;
  isWorkingDay: (day: string) => boolean;
  /** days an anonymous conversation's messages are kept after it closed */
  anonymousRetentionDays: number;
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The chat text's problem as a refusal on the `text` field, nothing stored. */
function assertChatText(text: string): string {
  const problem = chatTextProblem(text);
  if (problem) {
    const key = `frontdesk.chat.error.${problem}`;
    throw badRequest(key, { max: MAX_CHAT_MESSAGE_LENGTH }, [{ field: 'text', message: key }]);
  }
  return normalizedChatText(text);
}

/**
 * Secure web chat: a citizen, a business or (where the purpose allows it) an anonymous visitor writes with a
 * department in its opening hours; the department's staff take, answer, transfer and close conversations.
 * First-response and resolution times are stored and published when a conversation closes.
 */
export class ChatService {
  /** the service's clock (tests set a fixed one) */
  clock: () => Date = () => new Date();

  constructor(private readonly deps: ChatDependencies) {}

  private get db() {
    return this.deps.db;
  }

  /** A weekday that is no working day is a public holiday: closed (weekends follow their own hours). */
  private readonly isHoliday = (day: string) => isoWeekday(day) <= 5 && !this.deps.isWorkingDay(day);

  /** The purposes answered in chat, with their department. */
  async topics(): Promise<ChatTopic[]> {
    const purposes = new Map((await this.deps.purposes()).map((purpose) => [purpose.code, purpose]));
    const topics: ChatTopic[] = [];
    for (const row of await repository.listTopics(this.db)) {
      const purpose = purposes.get(row.purpose_code);
      const department = await this.deps.identity.departmentByCode(row.department_code);
      if (!purpose || !department) continue;
      topics.push({
        purposeCode: row.purpose_code,
        name: purpose.name,
        departmentCode: row.department_code,
        departmentName: department.name,
        anonymous: row.anonymous,
      });
    }
    return topics;
  }

  async topic(purposeCode: string): Promise<ChatTopic> {
    const topic = (await this.topics()).find((candidate) => candidate.purposeCode === purposeCode);
    if (!topic) throw notFound('frontdesk.chat.error.unknownTopic');
    return topic;
  }

  /** Whether a purpose's chat is open now, and when it opens next. */
  async availability(purposeCode: string, now = this.clock()): Promise<ChatAvailability> {
    const topic = await this.topic(purposeCode);
    const hours = await repository.hoursOf(this.db, topic.departmentCode);
    const open = chatOpenAt(hours, now, this.isHoliday);
    return { topic, open, opensAt: nextChatOpening(hours, now, this.isHoliday), hours };
  }

  /** The chat link for a purpose ("Kontakt kommunen"), or undefined when the purpose has no chat. */
  async linkFor(purposeCode: string): Promise<string | undefined> {
    const topics = await repository.listTopics(this.db);
    return topics.some((topic) => topic.purpose_code === purposeCode)
      ? `/chat?purpose=${encodeURIComponent(purposeCode)}`
      : undefined;
  }

  private partyOf(visitor: ChatVisitor, topic: ChatTopic) {
    const { principal } = visitor;
    if (principal?.kind === 'citizen') return { column: 'person_id' as const, value: principal.id };
    if (principal?.kind === 'business') return { column: 'business_id' as const, value: principal.id };
    if (principal) throw new HttpProblem(403, 'frontdesk.chat.error.notForStaff');
    if (!topic.anonymous) throw new HttpProblem(401, 'frontdesk.chat.error.loginRequired');
    if (!visitor.visitorHash) throw badRequest('frontdesk.chat.error.cookie');
    return { column: 'visitor_hash' as const, value: visitor.visitorHash };
  }

  /**
   * Starts a conversation with the purpose's department, with the visitor's first message. A visitor with an open
   * conversation gets that one back (one at a time); outside opening hours, nothing starts.
   */
  async start(
    visitor: ChatVisitor,
    request: { purposeCode: string; text: string; locale: Locale },
    now = this.clock(),
  ): Promise<Conversation> {
    const { topic, open, opensAt } = await this.availability(request.purposeCode, now);
    const party = this.partyOf(visitor, topic);
    const body = assertChatText(request.text);
    if (!open) throw chatClosed(opensAt);
    const existing = await repository.openConversationOf(this.db, party);
    if (existing) return toConversation(existing);
    if (
      (await repository.startedSince(this.db, party, new Date(now.getTime() - 3_600_000))) >= CHAT_LIMITS.startsPerHour
    )
      throw new HttpProblem(429, 'frontdesk.chat.error.tooManyStarts', { count: CHAT_LIMITS.startsPerHour });
    return this.db.transaction().execute(async (trx) => {
      const row = await repository.insertConversation(trx, {
        purpose_code: topic.purposeCode,
        department_code: topic.departmentCode,
        person_id: party.column === 'person_id' ? party.value : null,
        business_id: party.column === 'business_id' ? party.value : null,
        visitor_hash: party.column === 'visitor_hash' ? party.value : null,
        locale: request.locale,
        status: 'waiting',
        staff_id: null,
        started_at: now,
        first_response_at: null,
        closed_at: null,
        closed_by: null,
        resolved: null,
        transcript_sent_at: null,
        purged_at: null,
      });
      await repository.insertMessage(trx, {
        conversation_id: row.id,
        author: 'visitor',
        staff_id: null,
        body,
        sent_at: now,
      });
      await this.deps.hub.changed(trx, row);
      return toConversation(row);
    });
  }

  /** The visitor's own conversation; anyone else's is "not found", as an unknown id. */
  private async ownRow(visitor: ChatVisitor, id: string, executor: Executor = this.db, lock = false) {
    const row = isUuid(id) ? await repository.findConversation(executor, id, lock) : undefined;
    if (!row || !isChatParty(visitor, row)) throw notFound('frontdesk.chat.error.notFound');
    return row;
  }

  /** The visitor's conversation with its messages (after a message id, for the live stream). */
  async visitorView(visitor: ChatVisitor, id: string, afterId = 0) {
    const row = await this.ownRow(visitor, id);
    const topic = await this.topic(row.purpose_code).catch(() => undefined);
    const department = await this.deps.identity.departmentByCode(row.department_code);
    const messages = (await repository.messagesAfter(this.db, row.id, afterId)).map(toChatMessage);
    return { conversation: toConversation(row), messages, topic, departmentName: department?.name };
  }

  /** The logged-in visitor's conversations (my page). */
  async mine(principal: Principal): Promise<Conversation[]> {
    if (principal.kind !== 'citizen' && principal.kind !== 'business') return [];
    const column = principal.kind === 'citizen' ? 'person_id' : 'business_id';
    return (await repository.conversationsOf(this.db, column, principal.id)).map(toConversation);
  }

  /** The visitor writes; refused when closed, or when they write faster than the flood limit allows. */
  async write(visitor: ChatVisitor, id: string, text: string, now = this.clock()): Promise<ChatMessage> {
    const body = assertChatText(text);
    return this.db.transaction().execute(async (trx) => {
      const row = await this.ownRow(visitor, id, trx, true);
      if (row.status === 'closed') throw conflict('frontdesk.chat.error.closedConversation');
      const recent = await repository.visitorMessagesSince(trx, row.id, new Date(now.getTime() - 60_000));
      if (recent >= CHAT_LIMITS.messagesPerMinute)
        throw new HttpProblem(429, 'frontdesk.chat.error.flood', { count: CHAT_LIMITS.messagesPerMinute });
      const message = await repository.insertMessage(trx, {
        conversation_id: row.id,
        author: 'visitor',
        staff_id: null,
        body,
        sent_at: now,
      });
      await this.deps.hub.changed(trx, row);
      return toChatMessage(message);
    });
  }

  /** The visitor ends the conversation. */
  async end(visitor: ChatVisitor, id: string, now = this.clock()): Promise<Conversation> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.ownRow(visitor, id, trx, true);
      if (row.status === 'closed') return toConversation(row);
      return this.closeRow(trx, row, { by: 'visitor', resolved: row.first_response_at !== null }, now);
    });
  }

  /** A logged-in citizen's or business's transcript as a letter in their digital post (once per conversation). */
  async sendTranscript(visitor: ChatVisitor, id: string, now = this.clock()): Promise<Conversation> {
    const principal = visitor.principal;
    const row = await this.ownRow(visitor, id);
    if (principal?.kind !== 'citizen' && principal?.kind !== 'business')
      throw new HttpProblem(401, 'frontdesk.chat.error.transcriptLogin');
    if (row.transcript_sent_at) throw conflict('frontdesk.chat.error.transcriptSent');
    const department = await this.deps.identity.departmentByCode(row.department_code);
    const topic = await this.topic(row.purpose_code).catch(() => undefined);
    const messages = (await repository.messagesAfter(this.db, row.id)).map(toChatMessage);
    return this.db.transaction().execute(async (trx) => {
      const locked = await repository.findConversation(trx, row.id, true);
      if (locked?.transcript_sent_at) throw conflict('frontdesk.chat.error.transcriptSent');
      const letter = transcriptLetter({
        conversation: toConversation(row),
        messages,
        departmentName: department?.name ?? { da: row.department_code, en: row.department_code },
        topicName: topic?.name,
      });
      await this.deps.post.sendLetter(trx, chatSender, {
        recipient: row.person_id ? { personId: row.person_id } : { businessId: row.business_id! },
        subject: letter.subject,
        body: letter.body,
        senderDepartmentId: department?.id ?? null,
        replyAllowed: true,
      });
      return toConversation(await repository.updateConversation(trx, row.id, { transcript_sent_at: now }));
    });
  }

  // ---- staff ----

  private async staffDepartment(actor: Principal): Promise<string | undefined> {
    if (actor.kind !== 'staff') return undefined;
    return (await this.deps.identity.department(actor.departmentId))?.code;
  }

  /** A conversation of the staff member's department; any other is "not found", as an unknown id. */
  private async deskRow(actor: Principal, id: string, executor: Executor = this.db, lock = false) {
    const row = isUuid(id) ? await repository.findConversation(executor, id, lock) : undefined;
    if (!row || !answersChatOf(actor, await this.staffDepartment(actor), row.department_code))
      throw notFound('frontdesk.chat.error.notFound');
    return row;
  }

  /** The department's waiting and active conversations, and today's closed ones with their times. */
  async inbox(actor: Principal, since: Date) {
    const departmentCode = await this.staffDepartment(actor);
    if (!departmentCode) return { departmentCode: undefined, open: [], closed: [] };
    const open = (await repository.inboxOf(this.db, departmentCode)).map(toConversation);
    const closed = (await repository.closedSince(this.db, departmentCode, since)).map(toConversation);
    return { departmentCode, open, closed };
  }

  /**
   * A conversation as staff see it, with the party's name; reading a citizen's or business's conversation is
   * audited in the same transaction.
   */
  async staffView(actor: Principal, id: string, purpose: string, afterId = 0) {
    const row = await this.deskRow(actor, id);
    return this.db.transaction().execute(async (trx) => {
      if (row.person_id || row.business_id)
        await recordAudit(trx, {
          actor,
          action: 'frontdesk:chat-read',
          personId: row.person_id,
          businessId: row.business_id,
          objectType: 'conversation',
          objectId: row.id,
          purpose,
        });
      const messages = (await repository.messagesAfter(trx, row.id, afterId)).map(toChatMessage);
      const partyName = row.person_id
        ? (await this.deps.identity.getPerson(row.person_id, trx))?.name
        : row.business_id
          ? (await this.deps.identity.getBusiness(row.business_id, trx))?.name
          : undefined;
      return { conversation: toConversation(row), messages, partyName };
    });
  }

  /** The messages after an id, for a staff stream already audited when it opened. */
  async staffStream(actor: Principal, id: string, afterId: number) {
    const row = await this.deskRow(actor, id);
    const messages = (await repository.messagesAfter(this.db, row.id, afterId)).map(toChatMessage);
    return { conversation: toConversation(row), messages };
  }

  /** The conversation's canned answers (its purpose's) in a language. */
  async cannedAnswers(purposeCode: string, locale: Locale) {
    return (await repository.answersFor(this.db, purposeCode)).map((row) => ({
      id: row.id,
      title: locale === 'da' ? row.title_da : row.title_en,
      body: locale === 'da' ? row.body_da : row.body_en,
    }));
  }

  /** A staff member takes a waiting conversation (someone else's is refused). */
  async take(actor: Principal, id: string, now = this.clock()): Promise<Conversation> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.deskRow(actor, id, trx, true);
      if (row.status === 'closed') throw conflict('frontdesk.chat.error.closedConversation');
      if (row.staff_id === actor.id) return toConversation(row);
      if (row.status === 'active') throw conflict('frontdesk.chat.error.takenByOther');
      const taken = await repository.updateConversation(trx, row.id, { status: 'active', staff_id: actor.id });
      await repository.insertMessage(trx, {
        conversation_id: row.id,
        author: 'system',
        staff_id: actor.id,
        body: 'taken',
        sent_at: now,
      });
      await this.deps.hub.changed(trx, taken);
      return toConversation(taken);
    });
  }

  /** Staff answer: a waiting conversation is taken by the answer; the first answer sets the first-response time. */
  async answer(actor: Principal, id: string, text: string, now = this.clock()): Promise<ChatMessage> {
    const body = assertChatText(text);
    return this.db.transaction().execute(async (trx) => {
      const row = await this.deskRow(actor, id, trx, true);
      if (row.status === 'closed') throw conflict('frontdesk.chat.error.closedConversation');
      if (row.status === 'active' && row.staff_id !== actor.id) throw conflict('frontdesk.chat.error.takenByOther');
      const changed = await repository.updateConversation(trx, row.id, {
        status: 'active',
        staff_id: actor.id,
        first_response_at: row.first_response_at ?? now,
      });
      const message = await repository.insertMessage(trx, {
        conversation_id: row.id,
        author: 'staff',
        staff_id: actor.id,
        body,
        sent_at: now,
      });
      await this.deps.hub.changed(trx, changed);
      return toChatMessage(message);
    });
  }

  /** Hands the conversation to another department's chat: it waits there, nobody's yet. */
  async transfer(actor: Principal, id: string, departmentCode: string, now = this.clock()): Promise<Conversation> {
    const departments = new Set((await repository.listTopics(this.db)).map((topic) => topic.department_code));
    if (!departments.has(departmentCode))
      throw badRequest('frontdesk.chat.error.transferTarget', {}, [
        { field: 'department', message: 'frontdesk.chat.error.transferTarget' },
      ]);
    return this.db.transaction().execute(async (trx) => {
      const row = await this.deskRow(actor, id, trx, true);
      if (row.status === 'closed') throw conflict('frontdesk.chat.error.closedConversation');
      if (row.department_code === departmentCode)
        throw badRequest('frontdesk.chat.error.transferSame', {}, [
          { field: 'department', message: 'frontdesk.chat.error.transferSame' },
        ]);
      if (row.status === 'active' && row.staff_id !== actor.id) throw conflict('frontdesk.chat.error.takenByOther');
      const moved = await repository.updateConversation(trx, row.id, {
        department_code: departmentCode,
        status: 'waiting',
        staff_id: null,
      });
      await repository.insertMessage(trx, {
        conversation_id: row.id,
        author: 'system',
        staff_id: actor.id,
        body: `transferred:${departmentCode}`,
        sent_at: now,
      });
      // both inboxes hear it: the one it left and the one it joined
      await this.deps.hub.changed(trx, row);
      await this.deps.hub.changed(trx, moved);
      return toConversation(moved);
    });
  }

  /** Staff close the conversation, resolved or not. */
  async close(actor: Principal, id: string, resolved: boolean, now = this.clock()): Promise<Conversation> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.deskRow(actor, id, trx, true);
      if (row.status === 'closed') throw conflict('frontdesk.chat.error.closedConversation');
      if (row.status === 'active' && row.staff_id !== actor.id) throw conflict('frontdesk.chat.error.takenByOther');
      return this.closeRow(trx, row, { by: 'staff', resolved }, now);
    });
  }

  private async closeRow(
    trx: Executor,
    row: repository.ConversationRow,
    how: { by: 'staff' | 'visitor'; resolved: boolean },
    now: Date,
  ): Promise<Conversation> {
    const closed = await repository.updateConversation(trx, row.id, {
      status: 'closed',
      closed_at: now,
      closed_by: how.by,
      resolved: how.resolved,
    });
    await repository.insertMessage(trx, {
      conversation_id: row.id,
      author: 'system',
      staff_id: null,
      body: `closed:${how.by}`,
      sent_at: now,
    });
    await this.deps.events.publish(trx, ChatClosed, {
      conversationId: row.id,
      purposeCode: row.purpose_code,
      departmentCode: row.department_code,
      ...(row.person_id ? { personId: row.person_id } : {}),
      ...(row.business_id ? { businessId: row.business_id } : {}),
      startedAt: row.started_at.toISOString(),
      firstResponseAt: row.first_response_at?.toISOString() ?? null,
      closedAt: now.toISOString(),
      firstResponseSeconds: row.first_response_at ? secondsBetween(row.started_at, row.first_response_at) : null,
      resolutionSeconds: secondsBetween(row.started_at, now),
      staffResponded: row.first_response_at !== null,
      resolved: how.resolved,
      closedBy: how.by,
    });
    await this.deps.hub.changed(trx, closed);
    return toConversation(closed);
  }

  /** The daily job: anonymous conversations closed longer than the retention period lose their messages. */
  async purgeAnonymous(now = this.clock()): Promise<number> {
    const before = new Date(now.getTime() - this.deps.anonymousRetentionDays * 86_400_000);
    return this.db.transaction().execute((trx) => repository.purgeAnonymous(trx, before, now));
  }
}

/** The sender of chat transcripts: the front desk as a system, allowed to send post. */
export const chatSender: Principal = {
  kind: 'client',
  id: 'frontdesk-chat',
  name: 'Webchat',
  roles: ['integration'],
  scopes: ['post:send'],
};

/** Closed now: the refusal says when the chat opens (or that it has no hours soon). */
function chatClosed(opensAt: Date | undefined): HttpProblem {
  return opensAt
    ? new HttpProblem(409, 'frontdesk.chat.error.closedNow', { opensAt: openingText(opensAt) })
    : new HttpProblem(409, 'frontdesk.chat.error.closedNoHours');
}
