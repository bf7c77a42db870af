import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { InquiryInput } from './inquiry.types.ts';
import type { PurposeService } from './purpose.service.ts';
import { insertInquiries } from './repository/inquiry.repository.ts';

export type SystemInquiry = Omit<InquiryInput, 'source' | 'actor'>;

/** Contacts other systems report (telephony, line-of-business systems): all of a batch or none. */
export class SystemInquiryService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
  ) {}

  /** Every contact needs a known purpose; a contact's external id (its source key) makes a resent one count once. */
  async register(actor: Principal, inputs: readonly SystemInquiry[]): Promise<string[]> {
    assertCan(actor, 'channels:register');
    const known = await this.purposes.codes();
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
    const actorRef = { kind: 'integration' as const, id: actor.id };
    return this.db.transaction().execute((trx) =>
      insertInquiries(
        trx,
        inputs.map((input) => ({ ...input, source: 'api' as const, actor: actorRef })),
      ),
    );
  }
}
