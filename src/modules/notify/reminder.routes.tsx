import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { ReminderService } from './reminder.service.ts';
import { danishDateTime } from './reminder-time.ts';
import { RemindersPage } from './views/staff/reminders-page.tsx';
import { NewReminderPage } from './views/staff/new-reminder-page.tsx';
import { emptyReminderForm, reminderPaths, type ReminderForm } from './views/staff/reminder-form.ts';

const remind = { config: { permission: 'notify:remind' } } as const;
const reminder = { config: { ...remind.config, record: 'reminder' } } as const;
const text = (max: number) => z.string().max(max).optional().default('');
const ReminderBody = z
  .object({
    cpr: text(20),
    date: text(20),
    time: text(10),
    place: text(500),
    text: text(1000),
    leadTimeHours: text(10),
    caseId: text(100),
  })
  .catch(emptyReminderForm);
const NoticeQuery = z.object({ notice: z.enum(['scheduled', 'cancelled']).optional() }).catch({});
const IdParams = z.object({ id: z.uuid() });

/** Staff: schedule an SMS/e-mail reminder of an appointment or meeting, see the upcoming ones, cancel one. */
export function registerReminderRoutes(app: FastifyInstance, reminders: ReminderService): void {
  app.get(reminderPaths.list, remind, async (request, reply) => {
    const list = await reminders.listUpcoming(request.principal!);
    return reply.page(() => <RemindersPage reminders={list} notice={NoticeQuery.parse(request.query).notice} />);
  });

  app.get(reminderPaths.create, remind, async (_request, reply) =>
    reply.page(() => <NewReminderPage form={emptyReminderForm} errors={{}} />),
  );

  app.post(reminderPaths.list, remind, async (request, reply) => {
    const form: ReminderForm = ReminderBody.parse(request.body ?? {});
    const startsAt = danishDateTime(form.date, form.time);
    let errors: FieldErrors = {};
    if (!startsAt) errors[form.date ? 'time' : 'date'] = t('notify.reminder.dateTime');
    if (!/^\d{6}-?\d{4}$/.test(form.cpr.trim())) errors.cpr = t('cpr.format');
    if (Object.keys(errors).length === 0) {
      // the CPR look-up's refusal (invalid or nobody with that number) stands beside the CPR field
      const scheduled = await attemptForm(
        () =>
          reminders.scheduleFor(request.principal!, {
            recipient: { cpr: form.cpr.trim() },
            startsAt: startsAt!,
            place: form.place,
            text: form.text,
            leadTimeHours: /^\d{1,4}$/.test(form.leadTimeHours.trim()) ? Number(form.leadTimeHours) : Number.NaN,
            caseId: form.caseId.trim() || undefined,
          }),
        { statuses: [400, 404], field: 'cpr', rename: { startsAt: 'date' } },
      );
      if (scheduled.ok) return reply.redirect(`${reminderPaths.list}?notice=scheduled`, 303);
      errors = scheduled.errors;
    }
    return reply.page(() => <NewReminderPage form={form} errors={errors} />, 400);
  });

  app.post('/staff/reminders/:id/cancel', reminder, async (request, reply) => {
    const parsed = IdParams.safeParse(request.params);
    if (!parsed.success) throw new HttpProblem(404, 'error.404.text');
    await reminders.cancelNow(request.principal!, parsed.data.id);
    return reply.redirect(`${reminderPaths.list}?notice=cancelled`, 303);
  });
}
