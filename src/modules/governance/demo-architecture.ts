import type { Executor } from '#platform/db/database.ts';
import { addDays } from '#platform/time/danish-day.ts';
import { insertDecision } from './repository/architecture.repository.ts';
import { shippedPrinciples } from './principles.ts';

/** One decision of the IT architecture committee: a module for the case system, approved with conditions. */
export async function seedArchitectureDemo(trx: Executor, caseSystem: string, recorder: string, today: string) {
  const assessed = (code: string) =>
    code === 'open-standards'
      ? { assessment: 'partly', reason: 'Eksport sker i leverandørens eget format; FORM-data kun via API.' }
      : { assessment: 'meets', reason: '' };
  await insertDecision(
    trx,
    {
      committee: 'architecture',
      title: 'Modul til digital partshøring i sagsbehandlingssystemet',
      proposal: 'Tilkøb af leverandørens modul, så partshøringer sendes og besvares via Digital Post.',
      system_id: caseSystem,
      decision: 'conditional',
      conditions: 'Leverandøren stiller data til rådighed i et åbent format inden opsigelsesfristen.',
      decided_on: addDays(today, -14),
      recorded_by: recorder,
    },
    shippedPrinciples.map(({ code }) => ({ principle_code: code, ...assessed(code) })),
  );
}
