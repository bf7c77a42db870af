import type { Principal } from '../../platform/auth/principal.ts';
import type { IdentityService } from '../identity/identity.service.ts';
import { demoBusinesses, demoCitizens } from '../identity/demo-data.ts';
import { findTransition } from './engine/transitions.ts';
import type { CasesService } from './cases.service.ts';

const DEMO_CASES = 36;
const DAY = 86_400_000;

/**
 * A few dozen fictitious cases across the case types (so across departments) and their states: some
 * new, some in review, some waiting for the applicant, some overdue, some decided. They move through
 * their workflows by the same transitions staff take, so the timelines look real; letters go out
 * only when the post module is there.
 */
export async function seedCasesDemo(cases: CasesService, identity: IdentityService): Promise<void> {
  const caseTypes = await cases.caseTypes.allCurrent();
  if (!caseTypes.length) return;
  const { staff } = await identity.testIdentities();
  const demoActor: Principal = { kind: 'client', id: 'cases-demo', name: 'Demodata', roles: ['integration'], scopes: ['case:create'] };
  for (let index = 0; index < DEMO_CASES; index++) {
    const caseType = caseTypes[index % caseTypes.length];
    const definition = caseType.definition;
    const forBusiness = definition.audiences.includes('business') && (!definition.audiences.includes('citizen') || index % 3 === 0);
    const applicant = forBusiness
      ? await identity.findBusinessByCvr(demoBusinesses[index % demoBusinesses.length].cvr).then((business) => business && { businessId: business.id })
      : await identity.findPersonByCpr(demoCitizens[index % demoCitizens.length].cpr).then((person) => person && { personId: person.id });
    if (!applicant) continue;
    const receivedAt = new Date(Date.now() - (index * 2 + 1) * DAY);
    const created = await cases.createCase(cases.db, demoActor, { caseTypeCode: caseType.code, applicant, channel: index % 5 === 0 ? 'phone' : 'selfservice', fields: {} }, receivedAt);
    const colleagues = staff.filter((member) => member.departmentCode === definition.departmentCode && member.roles.includes('caseworker'));
    const caseworker = colleagues[index % Math.max(colleagues.length, 1)];
    if (caseworker && index % 4 !== 0) {
      const actor: Principal = { kind: 'staff', id: caseworker.id, name: caseworker.name, roles: ['caseworker'], departmentId: caseworker.departmentId };
      await cases.assign(actor, created.caseId, undefined, caseworker.id);
      await walk(cases, actor, created.caseId, index % 5);
    }
  }
}

/** Takes up to `steps` transitions a caseworker may take, preferring ones that keep the case open, filling in what guards ask for. */
async function walk(cases: CasesService, actor: Principal, caseId: string, steps: number): Promise<void> {
  for (let step = 0; step < steps; step++) {
    const row = await cases.caseForStaff(actor, caseId);
    if (row.closed_at) return;
    const caseType = await cases.caseTypes.version(row.case_type_version_id);
    const workflow = caseType.definition.workflow;
    const candidates = workflow.transitions.filter((transition) => !transition.automatic && transition.from.includes(row.state) && transition.roles.includes('caseworker'));
    const open = candidates.filter((transition) => !workflow.states.find((state) => state.id === transition.to)?.end);
    const pick = (step === steps - 1 && steps === 4 ? candidates : open.length ? open : candidates)[0];
    if (!pick || !findTransition(workflow, row.state, pick.id)) return;
    if (pick.actions.some((action) => action.kind === 'reminder')) return;
    try {
      await cases.demoTransition(actor, row, caseType, pick);
    } catch {
      return;
    }
  }
}
