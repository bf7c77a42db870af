import type { Principal } from '#platform/auth/principal.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { demoBusinesses, demoCitizens } from '#modules/identity/demo-data.ts';
import { findTransition } from './engine/transitions.ts';
import type { CasesService } from './cases.service.ts';

const DEMO_CASES = 48;
const DAY = 86_400_000;

/**
 * A few dozen fictitious cases across the case types (so across departments) and their states: some
 * new, some in review, some waiting for the applicant, some overdue, some decided. They move through
 * their workflows by the same transitions staff take, so the timelines look real, and their letters go
 * out through the post module.
 */
export async function seedCasesDemo(cases: CasesService, identity: IdentityContract): Promise<void> {
  const caseTypes = await cases.caseTypes.allCurrent();
  if (!caseTypes.length) return;
  const { staff } = await identity.testIdentities();
  const demoActor: Principal = {
    kind: 'client',
    id: 'cases-demo',
    name: 'Demodata',
    roles: ['integration'],
    scopes: ['case:create'],
  };
  for (let index = 0; index < DEMO_CASES; index++) {
    const caseType = caseTypes[index % caseTypes.length];
    // each case type gets cases at every stage: new, assigned, one to three steps in, and decided
    const stage = Math.floor(index / caseTypes.length) % 6;
    const definition = caseType.definition;
    const forBusiness =
      definition.audiences.includes('business') && (!definition.audiences.includes('citizen') || index % 3 === 0);
    const applicant = forBusiness
      ? await identity
          .findBusinessByCvr(demoBusinesses[index % demoBusinesses.length].cvr)
          .then((business) => business && { businessId: business.id })
      : await identity
          .findPersonByCpr(demoCitizens[index % demoCitizens.length].cpr)
          .then((person) => person && { personId: person.id });
    if (!applicant) continue;
    const receivedAt = new Date(Date.now() - ((index * 7) % 30) * DAY - DAY);
    const created = await cases.createCase(
      cases.db,
      demoActor,
      { caseTypeCode: caseType.code, applicant, channel: index % 5 === 0 ? 'phone' : 'selfservice', fields: {} },
      receivedAt,
    );
    const colleagues = staff.filter(
      (member) =>
        member.departmentCode === definition.departmentCode &&
        member.roles.some((role) => role === 'caseworker' || role === 'front_desk'),
    );
    const member = colleagues[index % Math.max(colleagues.length, 1)];
    if (member && stage > 0) {
      const actor: Principal = {
        kind: 'staff',
        id: member.id,
        name: member.name,
        roles: member.roles,
        departmentId: member.departmentId,
      };
      await cases.assign(actor, created.caseId, undefined, member.id);
      await walk(cases, actor, created.caseId, Math.min(stage - 1, 3), stage >= 4);
    }
  }
}

/** Takes `steps` transitions the member's roles may take, keeping the case open, then (with `close`) moves on until one decides it. */
async function walk(
  cases: CasesService,
  actor: Principal,
  caseId: string,
  steps: number,
  close: boolean,
): Promise<void> {
  for (let step = 0; step < (close ? steps + 4 : steps); step++) {
    const row = await cases.caseForStaff(actor, caseId);
    if (row.closed_at) return;
    const caseType = await cases.caseTypes.version(row.case_type_version_id);
    const workflow = caseType.definition.workflow;
    const isEnd = (stateId: string) => Boolean(workflow.states.find((state) => state.id === stateId)?.end);
    const candidates = workflow.transitions.filter(
      (transition) =>
        !transition.automatic &&
        transition.from.includes(row.state) &&
        transition.roles.some((role) => actor.roles.includes(role)) &&
        !transition.actions.some((action) => action.kind === 'reminder'),
    );
    const closing =
      close && step >= steps
        ? candidates.find((transition) => isEnd(transition.to) && transition.to !== 'withdrawn')
        : undefined;
    // moving on: prefer a state not visited just now, so the walk does not go back and forth
    const onward = candidates.filter((transition) => !isEnd(transition.to) && transition.to !== row.state);
    const pick = closing ?? onward[step % Math.max(onward.length, 1)];
    if (!pick || !findTransition(workflow, row.state, pick.id)) return;
    await cases.demoTransition(actor, row, caseType, pick);
  }
}
