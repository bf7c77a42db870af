import type { Database, Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { type ChannelCode, GENERAL_INFORMATION, isChannel } from './channel-codes.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import type { EventContact } from './inquiry.types.ts';
import type { FailureDemandService } from './follow-up/failure-demand.service.ts';
import type { PurposeService } from './purpose.service.ts';
import { countByActorSince, insertInquiries } from './repository/inquiry.repository.ts';
import { registrationProblems, type StaffRegistration, staffContact } from './staff-contact.ts';
import { InquiryRegistered } from './channels.events.ts';

/** The inquiry register: contacts from events, and from staff at the desk and on the phone. */
export class InquiryService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
    private readonly identity: Pick<IdentityContract, 'lookupPersonByCpr'>,
    private readonly failureDemand: FailureDemandService,
    private readonly events: Pick<EventBus, 'publish'>,
  ) {}

  /** An event's contact, once: the event id is its source key (a retried delivery registers nothing). */
  async registerEventContact(contact: EventContact, executor: Executor): Promise<void> {
    const purposeCode = await this.purposes.classify(contact.purposeOf, executor);
    await insertInquiries(executor, [{ ...contact.input, purposeCode }]);
  }

  /** Staff register a desk or phone contact; a CPR number given is looked up (and the look-up audited). */
  async registerByStaff(actor: Principal, form: StaffRegistration): Promise<string> {
    assertCan(actor, 'channels:register');
    const problems = registrationProblems(form, await this.purposes.codes());
    if (problems.length)
      throw badRequest(
        'channels.register.invalid',
        {},
        problems.map((p) => ({ field: p.field, message: t(p.key) })),
      );
    return this.db.transaction().execute(async (trx) => {
      const person = form.cpr
        ? await this.identity.lookupPersonByCpr(actor, form.cpr, 'register an inquiry', trx)
        : undefined;
      const failureDemand = person ? await this.flag(trx, person.id, form) : undefined;
      const [id] = await insertInquiries(trx, [
        {
          ...staffContact(actor, form.purposeCode, form.channel as ChannelCode),
          outcome: form.resolvedFirstContact ? 'resolved' : 'referred',
          party: person ? { kind: 'person', id: person.id } : { kind: 'anonymous' },
          resolvedFirstContact: form.resolvedFirstContact,
          couldBeDigital: form.couldBeDigital,
          digitalHelp: form.digitalHelp,
          ...(form.note ? { note: form.note } : {}),
          ...(failureDemand ? { failureDemand } : {}),
        },
      ]);
      await this.published(trx, actor, { id, purposeCode: form.purposeCode, channel: form.channel as ChannelCode });
      return id;
    });
  }

  /** Whether the person's contact was avoidable (failure demand), from what the module learned of them. */
  private async flag(trx: Executor, personId: string, form: StaffRegistration) {
    const purpose = (await this.purposes.list(trx)).find((candidate) => candidate.code === form.purposeCode);
    if (!purpose) return undefined;
    return this.failureDemand.flagFor(trx, { personId, purpose, channel: form.channel as ChannelCode });
  }

  /** One click: an anonymous general-information question in a channel. */
  async tally(actor: Principal, channel: string): Promise<void> {
    assertCan(actor, 'channels:register');
    if (!isChannel(channel)) throw badRequest('channels.register.channelInvalid');
    const contact = staffContact(actor, GENERAL_INFORMATION, channel);
    await this.db.transaction().execute(async (trx) => {
      const [id] = await insertInquiries(trx, [
        { ...contact, party: { kind: 'anonymous' }, resolvedFirstContact: true },
      ]);
      await this.published(trx, actor, { id, purposeCode: GENERAL_INFORMATION, channel });
    });
  }

  /** Tells other modules (insight) of a staff registration, in its transaction: ids and codes, never the person. */
  private published(
    trx: Executor,
    actor: Principal,
    inquiry: { id: string; purposeCode: string; channel: ChannelCode },
  ) {
    const now = new Date();
    return this.events.publish(trx, InquiryRegistered, {
      inquiryId: inquiry.id,
      staffId: actor.id,
      purposeCode: inquiry.purposeCode,
      channel: inquiry.channel,
      day: danishDay(now),
      registeredAt: now.toISOString(),
    });
  }

  /** Contacts this staff member registered since midnight, Danish time (shown on the registration page). */
  async registeredToday(actor: Principal): Promise<number> {
    const today = danishDay();
    const midnight = new Date(`${today}T00:00:00Z`);
    // step back to Danish midnight (one or two hours before UTC midnight)
    while (danishDay(new Date(midnight.getTime() - 1)) === today) midnight.setTime(midnight.getTime() - 3_600_000);
    return countByActorSince(this.db, actor.id, midnight);
  }
}
