import type { Principal } from '#platform/auth/principal.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { findTransition } from './engine/transitions.ts';
import type { CasesService } from './cases.service.ts';
import { type DemoStory, demoStories } from './demo-stories.ts';

const DAY = 86_400_000;

/** Cases come in through self-service (the demo line-of-business system stands in for it when seeding). */
const intake: Principal = {
  kind: 'client',
  id: 'cases-demo',
  name: 'Selvbetjening',
  roles: ['integration'],
  scopes: ['case:create'],
};

/**
 * A month of a municipality's cases (demo-stories.ts): each received on its own day, at office hours, and moved on by
 * the caseworkers of its department on the days the story gives, with their own words in the letters. The steps are
 * the workflow's own transitions, so timelines, tasks, deadlines and letters are what staff would have produced.
 */
export async function seedCasesDemo(cases: CasesService, identity: IdentityContract, now = new Date()): Promise<void> {
  const { staff } = await identity.testIdentities();
  const caseTypes = await cases.caseTypes.allCurrent();
  for (const [index, story] of demoStories.entries()) {
    const version = caseTypes.find((candidate) => candidate.code === story.caseType);
    const applicant = await applicantOf(identity, story);
    if (!version || !applicant) continue;
    // office hours, a different time for each case
    const receivedAt = new Date(now.getTime() - story.daysAgo * DAY);
    receivedAt.setUTCHours(7 + (index % 7), (index * 17) % 60, 0, 0);
    if (receivedAt > now) receivedAt.setTime(now.getTime() - 60_000);
    const created = await cases.createCase(
      cases.db,
      intake,
      { caseTypeCode: story.caseType, applicant, channel: story.channel ?? 'selfservice', fields: {} },
      receivedAt,
    );
    if (!story.steps.length) continue;
    const member = staff.find(
      (candidate) =>
        candidate.departmentCode === version.definition.departmentCode && candidate.roles.includes('caseworker'),
    );
    if (!member) continue;
    const actor: Principal = {
      kind: 'staff',
      id: member.id,
      name: member.name,
      roles: member.roles,
      departmentId: member.departmentId,
    };
    const firstStep = new Date(Math.min(receivedAt.getTime() + story.steps[0].day * DAY + 3_600_000, now.getTime()));
    await cases.assign(actor, created.caseId, undefined, member.id, firstStep);
    for (const step of story.steps) {
      const current = await cases.caseForStaff(actor, created.caseId);
      const transition = findTransition(version.definition.workflow, current.state, step.transition);
      if (!transition) throw new Error(`demo story ${story.caseType}: no ${step.transition} from ${current.state}`);
      const at = new Date(Math.min(receivedAt.getTime() + step.day * DAY + 2 * 3_600_000, now.getTime()));
      const appointment = step.appointment && {
        startsAt: new Date(at.getTime() + step.appointment.inDays * DAY),
        place: step.appointment.place,
      };
      await cases.demoTransition(actor, current, version, transition, { note: step.note, appointment }, at);
    }
  }
}

async function applicantOf(identity: IdentityContract, story: DemoStory) {
  if ('business' in story.applicant) {
    const business = await identity.findBusinessByCvr(story.applicant.business);
    return business && { businessId: business.id };
  }
  const person = await identity.findPersonByCpr(demoCitizens[story.applicant.citizen].cpr);
  return person && { personId: person.id };
}
