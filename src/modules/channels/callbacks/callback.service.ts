import type { Database, Executor } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { notFound } from '#platform/http/problem.ts';
import { recordAuditMany } from '#platform/audit/audit.service.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { ChannelCode } from '../channel-codes.ts';
import type { Purpose } from '../purpose.ts';
import { MeasurementService } from '../service-levels/measurement.service.ts';
import { openItem } from '../service-levels/measurement.repository.ts';
import { workingHoursDeadline } from '../service-levels/working-hours.ts';
import { type CallbackRow, insertCallback, markDone, openCallbacks } from './callback.repository.ts';

/** The due time when no callback target is in force: 8 working hours. */
export const DEFAULT_CALLBACK_HOURS = 8;

export interface NewCallback {
  inquiryId: string;
  purpose: Pick<Purpose, 'code' | 'departmentCode'>;
  channel: ChannelCode;
  personId: string | null;
  note: string;
}

const sourceKey = (inquiryId: string) => `callback:${inquiryId}`;

/**
 * Callbacks: the follow-up task a contact leaves (Klantinteracties' "interne taak") for the purpose's department,
 * due within the callback target's working hours, listed for the department's staff and closed when done. Each is
 * measured against the target in force when it was asked for.
 */
export class CallbackService {
  constructor(
    private readonly db: Database,
    private readonly identity: Pick<IdentityContract, 'departmentOf'>,
    private readonly measurement = new MeasurementService(),
  ) {}

  /** In the registration's transaction: the task and its measured item; returns its due time. */
  async create(trx: Executor, actor: Principal, callback: NewCallback): Promise<Date> {
    const now = new Date();
    await this.measurement.start(
      {
        sourceKey: sourceKey(callback.inquiryId),
        metric: 'callback',
        service: { kind: 'purpose', code: callback.purpose.code },
        channel: callback.channel,
        departmentCode: callback.purpose.departmentCode,
        party: callback.personId ? { kind: 'person', id: callback.personId } : null,
        startedAt: now,
      },
      trx,
    );
    const dueAt =
      (await openItem(trx, sourceKey(callback.inquiryId)))?.deadline ??
      workingHoursDeadline(now, DEFAULT_CALLBACK_HOURS);
    await insertCallback(trx, {
      inquiryId: callback.inquiryId,
      purposeCode: callback.purpose.code,
      departmentCode: callback.purpose.departmentCode,
      personId: callback.personId,
      note: callback.note,
      dueAt,
      createdBy: actor.id,
    });
    return dueAt;
  }

  /** The staff member's department's open callbacks; reading those about a person is audited. */
  async open(actor: Principal): Promise<{ department: string; callbacks: CallbackRow[] }> {
    assertCan(actor, 'channels:register');
    const department = await this.identity.departmentOf(actor);
    return this.db.transaction().execute(async (trx) => {
      const callbacks = await openCallbacks(trx, department.code);
      await recordAuditMany(
        trx,
        callbacks
          .filter((callback) => callback.personId)
          .map((callback) => ({
            actor,
            action: 'channels:callback-read',
            personId: callback.personId,
            objectType: 'callback',
            objectId: callback.id,
            purpose: 'list the callbacks to make',
          })),
      );
      return { department: department.code, callbacks };
    });
  }

  /** Done: hit when on or before its due time. Another department's, or one done already, is not found. */
  async done(actor: Principal, id: string): Promise<CallbackRow> {
    assertCan(actor, 'channels:register');
    const department = await this.identity.departmentOf(actor);
    return this.db.transaction().execute(async (trx) => {
      const now = new Date();
      const done = await markDone(trx, id, department.code, actor.id, now);
      if (!done) throw notFound('channels.callbacks.notFound');
      await this.measurement.completed(sourceKey(done.inquiryId), now, trx);
      return done;
    });
  }
}
