import type { z } from 'zod';
import type { Executor } from '#platform/db/database.ts';
import type { CaseClosed, CaseCreated } from '#modules/cases/cases.events.ts';
import type { PostMessageRead, PostMessageSent } from '#modules/post/post.events.ts';
import type { ChannelCode } from '../channel-codes.ts';
import type { Purpose } from '../purpose.ts';
import * as facts from '../repository/party-facts.repository.ts';
import { CLOSED_CASE_WINDOW_DAYS, type FailureDemand, failureDemandOf, LETTER_WINDOW_DAYS } from './failure-demand.ts';

const daysBefore = (at: Date, days: number) => new Date(at.getTime() - days * 86_400_000);

/**
 * Failure demand: what the module learns from the cases and post modules' events (a person's cases, their
 * digital letters and whether they were read), and the flag a staff registration gets from it.
 */
export class FailureDemandService {
  async learnCase(payload: z.infer<typeof CaseCreated.payload>, executor: Executor): Promise<void> {
    if (!payload.personId) return;
    const row = { caseId: payload.caseId, partyId: payload.personId, caseTypeCode: payload.caseTypeCode };
    await facts.insertPartyCase(executor, { ...row, createdAt: new Date(payload.createdAt) });
  }

  async learnCaseClosed(payload: z.infer<typeof CaseClosed.payload>, executor: Executor): Promise<void> {
    await facts.closePartyCase(executor, payload.caseId, new Date(payload.closedAt));
  }

  /** Only digital letters: a printed letter cannot be "not yet read" in Digital Post. */
  async learnLetter(payload: z.infer<typeof PostMessageSent.payload>, executor: Executor): Promise<void> {
    if (payload.channel !== 'digital' || !payload.personId) return;
    await facts.insertPartyLetter(executor, {
      messageId: payload.messageId,
      partyId: payload.personId,
      departmentCode: payload.departmentCode,
      sentAt: new Date(payload.sentAt),
    });
  }

  async learnLetterRead(payload: z.infer<typeof PostMessageRead.payload>, executor: Executor): Promise<void> {
    await facts.markLetterRead(executor, payload.messageId, new Date(payload.readAt));
  }

  /** The flag of a contact staff register for a person now, from what is known of them. */
  async flagFor(
    executor: Executor,
    contact: { personId: string; purpose: Pick<Purpose, 'inquiryType' | 'departmentCode'>; channel: ChannelCode },
    at = new Date(),
  ): Promise<FailureDemand | undefined> {
    // one after the other: in a transaction they share one connection
    const visibleCase = await facts.hasVisibleCase(executor, contact.personId, daysBefore(at, CLOSED_CASE_WINDOW_DAYS));
    const { departmentCode } = contact.purpose;
    const since = daysBefore(at, LETTER_WINDOW_DAYS);
    const unreadLetter = await facts.hasUnreadLetter(executor, contact.personId, departmentCode, since);
    return failureDemandOf(
      { channel: contact.channel, inquiryType: contact.purpose.inquiryType },
      { visibleCase, unreadLetter },
    );
  }
}
