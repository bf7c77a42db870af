import type { Database } from '#platform/db/database.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import * as repository from './notify.repository.ts';

/**
 * Demo citizens with verified contact points (fictitious numbers in the 2x xx xx xx range and addresses at
 * an example domain) and their choices: the first five want SMS and e-mail from every authority, the
 * next five e-mail only from some. The rest have registered nothing.
 */
export async function seedNotifyDemo(db: Database, identity: IdentityContract): Promise<void> {
  const departments = await identity.listDepartments();
  for (const [index, citizen] of demoCitizens.slice(0, 10).entries()) {
    const person = await identity.findPersonByCpr(citizen.cpr);
    if (!person) continue;
    const owner = { kind: 'citizen' as const, id: person.id };
    const withSms = index < 5;
    if (withSms)
      await repository.insertVerifiedContactPoint(db, owner, 'sms', `+452000${String(1000 + index).slice(-4)}`);
    await repository.insertVerifiedContactPoint(
      db,
      owner,
      'email',
      `${citizen.name.split(' ')[0].toLowerCase()}.${index}@example.dk`,
    );
    const chosen = withSms
      ? departments
      : departments.filter((department) => ['ydelser', 'borgerservice'].includes(department.code));
    for (const department of chosen)
      await repository.upsertPreference(db, owner, department.code, { sms: withSms, email: true });
    await repository.insertConsentEvents(db, [
      ...(withSms ? [{ owner, event: 'contact-verified' as const, channel: 'sms' as const }] : []),
      { owner, event: 'contact-verified', channel: 'email' },
      ...chosen.flatMap((department) => [
        ...(withSms
          ? [{ owner, event: 'consent-given' as const, channel: 'sms' as const, authorityCode: department.code }]
          : []),
        { owner, event: 'consent-given' as const, channel: 'email' as const, authorityCode: department.code },
      ]),
    ]);
  }
}
