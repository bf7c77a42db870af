import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { SystemInquiry } from './inquiry.types.ts';
import type { PurposeService } from './purpose.service.ts';
import { insertInquiries } from './repository/inquiry.repository.ts';
import { readInquiryRequest, toSystemInquiry } from './inquiry-api.schemas.ts';

export type { SystemInquiry };

/** Contacts other systems report (telephony, line-of-business systems): all of a batch or none. */
export class SystemInquiryService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
  ) {}

  /**
   * `POST /api/v1/inquiries` as sent (one contact or a batch): every bad contact is named by its row and field,
   * an unknown purpose among them, in the caller's language, and then nothing is stored.
   */
  async registerRequest(actor: Principal, body: unknown): Promise<string[]> {
    assertCan(actor, 'channels:register');
    const { items, purposes, problems } = readInquiryRequest(body);
    const known = await this.purposes.codes();
    const unknown = purposes.flatMap((code, index) =>
      code === undefined || known.has(code)
        ? []
        : [{ field: `inquiries[${index}].purpose`, message: t('channels.api.unknownPurpose', { code }) }],
    );
    const errors = [...problems, ...unknown].sort((one, other) => rowOf(one.field) - rowOf(other.field));
    if (errors.length) throw badRequest('channels.api.invalid', {}, errors);
    return this.register(
      actor,
      items.map((item) => toSystemInquiry(actor.id, item!)),
    );
  }

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

/** The row a field names (`inquiries[3].channel` → 3); fields of the whole request first. */
const rowOf = (field: string): number => Number(/^inquiries\[(\d+)\]/.exec(field)?.[1] ?? -1);
