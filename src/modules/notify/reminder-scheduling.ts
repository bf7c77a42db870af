import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './delivery.repository.ts';
import { reminderJob } from './notify.jobs.ts';
import { type ReminderDeps, type ReminderInput, type ReminderView, toReminder } from './reminder.types.ts';
import { invalidReminder, reminderProblems } from './reminder-validation.ts';

/** NotifyContract.scheduleReminder: in the caller's transaction, so the reminder and its job commit with the appointment. */
export async function scheduleReminder(
  deps: Pick<ReminderDeps, 'db' | 'queue' | 'authorityOf'>,
  executor: Executor,
  actor: Principal,
  input: ReminderInput,
): Promise<ReminderView> {
  assertCan(actor, 'notify:remind');
  const problems = reminderProblems(input);
  if (problems.length) throw invalidReminder(problems);
  const authority = await deps.authorityOf(actor);
  // Sent at startsAt − lead time; when that moment has passed already (a short notice), at once.
  const sendAt = new Date(Math.max(Date.now(), input.startsAt.getTime() - input.leadTimeHours * 3_600_000));
  const work = async (trx: Executor) => {
    const row = await repository.insertReminder(trx, {
      recipient_kind: input.recipient.personId ? 'citizen' : 'business',
      recipient_id: (input.recipient.personId ?? input.recipient.businessId)!,
      authority_code: authority.code,
      starts_at: input.startsAt,
      place: input.place.trim(),
      text: input.text.trim(),
      lead_time_hours: input.leadTimeHours,
      send_at: sendAt,
      case_id: input.caseId ?? null,
      created_by_kind: actor.kind,
      created_by_id: actor.id,
      sent_at: null,
      cancelled_at: null,
    });
    await recordAudit(trx, {
      actor,
      action: 'reminder:schedule',
      personId: input.recipient.personId ?? null,
      businessId: input.recipient.businessId ?? null,
      objectType: 'reminder',
      objectId: row.id,
      purpose: input.caseId ? `reminder for case ${input.caseId}` : 'appointment reminder',
    });
    await deps.queue.enqueue(trx, reminderJob, { reminderId: row.id }, { startAfter: sendAt });
    return toReminder(row);
  };
  return executor.isTransaction ? work(executor) : deps.db.transaction().execute(work);
}
