import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { NotifyContract, PartyRef, PostContract } from '#platform/contracts.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Action, TransitionDefinition } from './engine/workflow-definition.ts';
import { deadlineFrom } from './engine/deadline.ts';
import type { CaseTypeVersionView } from './case-types.service.ts';
import { renderLetter } from './case-letters.ts';
import * as repository from './cases.repository.ts';

/** What the workflow actions need from the rest of the application. */
export interface ActionServices {
  post: PostContract;
  notify: NotifyContract;
  departmentIdByCode(code: string): Promise<string | undefined>;
  /** a party's name and the language their letters are written in */
  partyRecipient(party: repository.Party, executor: Executor): Promise<{ name: string; locale: 'da' | 'en' }>;
}

export interface ActionInput {
  note?: string;
  appointment?: { startsAt: Date; place: string };
}

export const partyRef = (party: repository.Party): PartyRef =>
  party.business_id ? { businessId: party.business_id } : { personId: party.person_id! };

export const needsAppointment = (transition: TransitionDefinition) =>
  transition.actions.some((action) => action.kind === 'reminder');

type EventInput = Parameters<typeof repository.insertEvent>[1];

export function eventBy(
  actor: Principal,
  caseId: string,
  kind: string,
  details: Record<string, unknown>,
  visibleToParties = false,
): EventInput {
  return {
    case_id: caseId,
    kind,
    actor_kind: actor.kind,
    actor_id: actor.id,
    actor_name: actor.name,
    details,
    visible_to_parties: visibleToParties,
  };
}

/**
 * Carries out a transition's actions in the caller's transaction: letters to the parties through the
 * post module, tasks, a new processing deadline, appointment reminders through the notify module and
 * a hand-off to another department. Returns the changes to the case row; every action leaves an event.
 */
export async function runActions(
  trx: Executor,
  services: ActionServices,
  context: {
    actor: Principal;
    row: repository.Case;
    caseType: CaseTypeVersionView;
    transition: TransitionDefinition;
    input: ActionInput;
    now: Date;
  },
): Promise<Partial<Pick<repository.Case, 'deadline' | 'department_id' | 'assignee_id'>>> {
  const { actor, row, caseType, transition, input, now } = context;
  // every event of the transition happened when it did (a demo step in the past, or now)
  const recordEvent = (executor: Executor, event: EventInput) =>
    repository.insertEvent(executor, { ...event, occurred_at: now });
  const changes: Partial<Pick<repository.Case, 'deadline' | 'department_id' | 'assignee_id'>> = {};
  const parties = await repository.partiesOf(trx, row.id);
  // deadlines first, so a letter in the same transition can name the new deadline
  const ordered: Action[] = [...transition.actions].sort(
    (a, b) => Number(b.kind === 'deadline') - Number(a.kind === 'deadline'),
  );
  for (const action of ordered) {
    switch (action.kind) {
      case 'deadline': {
        changes.deadline = deadlineFrom(now, action.due);
        await recordEvent(trx, eventBy(actor, row.id, 'deadline', { deadline: changes.deadline.toISOString() }, true));
        break;
      }
      case 'task': {
        const task = await repository.insertTask(trx, {
          case_id: row.id,
          title: action.title.da,
          due_at: action.due ? deadlineFrom(now, action.due) : null,
          assignee_id: null,
          role: action.role ?? null,
          created_by: actor.name,
        });
        await recordEvent(trx, eventBy(actor, row.id, 'task', { taskId: task.id, title: task.title }));
        break;
      }
      case 'assignDepartment': {
        const departmentId = await services.departmentIdByCode(action.departmentCode);
        if (!departmentId) throw new HttpProblem(422, 'cases.department.unknown', { code: action.departmentCode });
        changes.department_id = departmentId;
        changes.assignee_id = null;
        await recordEvent(trx, eventBy(actor, row.id, 'department', { departmentCode: action.departmentCode }));
        break;
      }
      case 'letter': {
        const template = caseType.definition.workflow.letters.find((letter) => letter.id === action.template);
        if (!template) throw new Error(`letter template ${action.template} missing in ${caseType.code}`);
        for (const party of parties) {
          const recipient = await services.partyRecipient(party, trx);
          const letter = renderLetter(template, {
            locale: recipient.locale,
            caseReference: row.reference,
            caseTypeName: caseType.definition.name,
            partyName: recipient.name,
            deadline: changes.deadline ?? row.deadline,
            note: input.note,
            appealGuidance: caseType.definition.appealGuidance,
          });
          const { messageId } = await services.post.sendLetter(trx, actor, {
            recipient: partyRef(party),
            subject: letter.subject,
            body: letter.body,
            // the case as the letter names it (post keeps the sender's case reference): its case number
            caseId: row.reference,
            senderDepartmentId: changes.department_id ?? row.department_id,
          });
          await recordEvent(trx, eventBy(actor, row.id, 'letter', { subject: letter.subject, messageId }, true));
        }
        break;
      }
      case 'reminder': {
        if (!input.appointment)
          throw new HttpProblem(400, 'cases.transition.appointmentRequired', {}, [
            { field: 'appointmentAt', message: 'cases.transition.appointmentRequired' },
          ]);
        for (const party of parties) {
          const { reminderId } = await services.notify.scheduleReminder(trx, actor, {
            recipient: partyRef(party),
            startsAt: input.appointment.startsAt,
            place: input.appointment.place,
            text: action.text.da,
            leadTimeHours: action.leadTimeHours,
            caseId: row.id,
          });
          await recordEvent(
            trx,
            eventBy(
              actor,
              row.id,
              'reminder',
              { reminderId, startsAt: input.appointment.startsAt.toISOString(), place: input.appointment.place },
              true,
            ),
          );
        }
        break;
      }
    }
  }
  return changes;
}
