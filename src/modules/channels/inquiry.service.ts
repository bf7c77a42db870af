import { randomUUID } from 'node:crypto';
import type { Database, Executor } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { type ChannelCode, GENERAL_INFORMATION, isChannel } from './channel-codes.ts';
import type { EventContact, InquiryInput } from './inquiry.types.ts';
import type { PurposeService } from './purpose.service.ts';
import { countByActorSince, insertInquiries } from './repository/inquiry.repository.ts';
import { listPurposes } from './repository/purpose.repository.ts';

export interface StaffRegistration {
  purposeCode: string;
  channel: string;
  cpr?: string;
  resolvedFirstContact: boolean;
  couldBeDigital: boolean;
  digitalHelp: boolean;
  note?: string;
}

/** The inquiry register: contacts from events, from staff at the desk and phone, and from other systems. */
export class InquiryService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
    private readonly identity: Pick<IdentityContract, 'lookupPersonByCpr'>,
  ) {}

  /** An event's contact, once: the event id is its source key (a retried delivery registers nothing). */
  async registerEventContact(contact: EventContact, executor: Executor): Promise<void> {
    const purposeCode = await this.purposes.classify(contact.purposeOf, executor);
    await insertInquiries(executor, [{ ...contact.input, purposeCode }]);
  }

  /** Staff register a desk or phone contact; a CPR number given is looked up (and the look-up audited). */
  async registerByStaff(actor: Principal, form: StaffRegistration): Promise<string> {
    assertCan(actor, 'channels:register');
    const known = new Set((await listPurposes(this.db)).map((row) => row.code));
    const errors = [];
    if (!known.has(form.purposeCode))
      errors.push({ field: 'purpose', message: t('channels.register.purposeRequired') });
    if (!isChannel(form.channel)) errors.push({ field: 'channel', message: t('channels.register.channelInvalid') });
    if (errors.length) throw badRequest('channels.register.invalid', {}, errors);
    return this.db.transaction().execute(async (trx) => {
      const person = form.cpr
        ? await this.identity.lookupPersonByCpr(actor, form.cpr, 'register an inquiry', trx)
        : undefined;
      const [id] = await insertInquiries(trx, [
        {
          ...this.staffContact(actor, form.purposeCode, form.channel as ChannelCode),
          outcome: form.resolvedFirstContact ? 'resolved' : 'referred',
          party: person ? { kind: 'person', id: person.id } : { kind: 'anonymous' },
          resolvedFirstContact: form.resolvedFirstContact,
          couldBeDigital: form.couldBeDigital,
          digitalHelp: form.digitalHelp,
          ...(form.note ? { note: form.note } : {}),
        },
      ]);
      return id;
    });
  }

  /** One click: an anonymous general-information question in a channel. */
  async tally(actor: Principal, channel: string): Promise<void> {
    assertCan(actor, 'channels:register');
    if (!isChannel(channel)) throw badRequest('channels.register.channelInvalid');
    const contact = this.staffContact(actor, GENERAL_INFORMATION, channel);
    await insertInquiries(this.db, [{ ...contact, party: { kind: 'anonymous' }, resolvedFirstContact: true }]);
  }

  /** Contacts this staff member registered today (shown on the registration page). */
  async registeredToday(actor: Principal): Promise<number> {
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    return countByActorSince(this.db, actor.id, midnight);
  }

  /** Contacts from another system, all or none; the caller's external ids make a resent contact count once. */
  async registerFromSystem(
    actor: Principal,
    inputs: readonly Omit<InquiryInput, 'source' | 'actor'>[],
  ): Promise<string[]> {
    assertCan(actor, 'channels:register');
    const known = await this.purposeCodes();
    const errors = inputs.flatMap((input, index) =>
      input.purposeCode && known.has(input.purposeCode)
        ? []
        : [
            {
              field: `inquiries[${index}].purpose`,
              message: t('channels.api.unknownPurpose', { code: String(input.purposeCode) }),
            },
          ],
    );
    if (errors.length) throw badRequest('channels.api.invalid', {}, errors);
    return this.db.transaction().execute((trx) =>
      insertInquiries(
        trx,
        inputs.map((input) => ({
          ...input,
          source: 'api' as const,
          actor: { kind: 'integration' as const, id: actor.id },
        })),
      ),
    );
  }

  /** The purpose codes that exist (the API checks against them). */
  async purposeCodes(): Promise<Set<string>> {
    return new Set((await listPurposes(this.db)).map((row) => row.code));
  }

  private staffContact(actor: Principal, purposeCode: string, channel: ChannelCode) {
    return {
      sourceKey: `staff:${randomUUID()}`,
      source: 'staff' as const,
      purposeCode,
      channel,
      direction: 'inbound' as const,
      outcome: 'resolved' as const,
      occurredAt: new Date(),
      actor: { kind: 'staff' as const, id: actor.id },
    };
  }
}
