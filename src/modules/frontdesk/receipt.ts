import type { Principal } from '#platform/auth/principal.ts';
import type { PostContract } from '#platform/contracts.ts';
import type { DatabaseTransaction } from '#platform/db/database.ts';
import { currentLocale, t } from '#platform/i18n/i18n.ts';
import type { Appointment } from './appointment.ts';
import type { CatalogueService } from './catalogue.service.ts';
import { copenhagenClock, copenhagenDay } from './copenhagen-clock.ts';

/** The sender of booking receipts: the front desk as a system, allowed to send post. */
export const receiptSender: Principal = {
  kind: 'client',
  id: 'frontdesk',
  name: 'Borgerservice',
  roles: ['integration'],
  scopes: ['post:send'],
};

/** The receipt of a booking as a letter in the citizen's digital post, in the language they booked in. */
export const digitalPostReceipt =
  (
    post: Pick<PostContract, 'sendLetter'>,
    catalogue: CatalogueService,
    /** the signed link to move or cancel it without logging in */
    manageLink: (appointment: Appointment) => string,
  ) =>
  async (trx: DatabaseTransaction, _actor: Principal, appointment: Appointment): Promise<void> => {
    const locale = currentLocale();
    const service = await catalogue.service(appointment.serviceCode, trx);
    const location = await catalogue.location(appointment.locationCode, trx);
    const values = {
      service: service.name[locale],
      day: copenhagenDay(appointment.startsAt),
      time: copenhagenClock(appointment.startsAt),
      location: location.name[locale],
      address: location.address,
      bring: service.bring[locale],
      persons: appointment.persons,
      link: manageLink(appointment),
    };
    await post.sendLetter(trx, receiptSender, {
      recipient: { personId: appointment.personId },
      subject: t('frontdesk.receipt.subject', values),
      body: `${t('frontdesk.receipt.body', values)}\n\n${t('frontdesk.receipt.manageLink', values)}`,
      replyAllowed: false,
    });
  };
