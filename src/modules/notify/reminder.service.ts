import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './delivery.repository.ts';
import { mayManageReminder } from './notify.policy.ts';
import {
  type RecipientInput,
  type ReminderDeps,
  type ReminderInput,
  type ReminderView,
  toReminder,
} from './reminder.types.ts';
import { invalidReminder, reminderProblems } from './reminder-validation.ts';
import { scheduleReminder } from './reminder-scheduling.ts';
import { cancelReminder } from './reminder-cancellation.ts';
import { sendReminder } from './reminder-sending.ts';

export type { RecipientInput, ReminderInput, ReminderView } from './reminder.types.ts';

/** Appointment and meeting reminders: scheduled as a delayed job at startsAt − lead time; a cancelled one is never sent. */
export class ReminderService {
  constructor(private readonly deps: ReminderDeps) {}

  /** Checks the reminder's fields; the field names match the API body and the staff form. */
  validate(input: Omit<ReminderInput, 'recipient'>, now = new Date()): Array<{ field: string; messageKey: string }> {
    return reminderProblems(input, now);
  }

  /** NotifyContract.scheduleReminder: in the caller's transaction, so the reminder and its job commit with the appointment. */
  schedule(executor: Executor, actor: Principal, input: ReminderInput): Promise<ReminderView> {
    return scheduleReminder(this.deps, executor, actor, input);
  }

  /** The staff page and the API: find the recipient (audited look-up) and schedule, in one transaction. */
  async scheduleFor(
    actor: Principal,
    input: Omit<ReminderInput, 'recipient'> & { recipient: RecipientInput },
  ): Promise<ReminderView> {
    assertCan(actor, 'notify:remind');
    const problems = reminderProblems(input);
    // a form that cannot be scheduled never looks anyone up
    if (problems.length) throw invalidReminder(problems);
    return this.deps.db.transaction().execute(async (trx) => {
      const recipient = await this.deps.resolveRecipient(actor, input.recipient, trx);
      return this.schedule(trx, actor, { ...input, recipient });
    });
  }

  async get(actor: Principal, id: string): Promise<ReminderView> {
    assertCan(actor, 'notify:remind');
    const row = await repository.findReminder(this.deps.db, id);
    if (!row || !mayManageReminder(actor, row)) throw new HttpProblem(404, 'notify.reminder.notFound');
    return toReminder(row);
  }

  /** NotifyContract.cancelReminder: idempotent for a reminder already cancelled; refused (409) once it was sent. */
  cancel(executor: Executor, actor: Principal, id: string): Promise<void> {
    return cancelReminder(this.deps.db, executor, actor, id);
  }

  /** The staff page and the API: cancel in a transaction of its own. */
  cancelNow(actor: Principal, id: string): Promise<void> {
    return this.cancel(this.deps.db, actor, id);
  }

  async listUpcoming(actor: Principal): Promise<ReminderView[]> {
    assertCan(actor, 'notify:remind');
    return (await repository.listUpcomingReminders(this.deps.db))
      .filter((row) => mayManageReminder(actor, row))
      .map(toReminder);
  }

  /** The job at send time: checks the reminder is still scheduled, then notifies per the recipient's choices. */
  send(reminderId: string): Promise<void> {
    return sendReminder(this.deps, reminderId);
  }
}
