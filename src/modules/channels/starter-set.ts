import type { Database } from '#platform/db/database.ts';
import * as repository from './repository/purpose.repository.ts';
import type { PurposeRow } from './repository/purpose.repository.ts';
import { type StarterPurpose, starterPurposes } from './starter-purposes.ts';
import { starterStrategy } from './unit-costs.ts';

/** The day the starter set's first versions apply from. */
export const STARTER_VALID_FROM = '2026-01-01';

/**
 * Adds the shipped starter set of purposes, each with a first strategy version; purposes present stay as they are.
 * Once seeded, a start-up costs one statement.
 */
export async function seedStarterSet(db: Database): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const added = new Set(await repository.insertPurposes(trx, starterPurposes.map(starterRow)));
    for (const purpose of starterPurposes.filter((candidate) => added.has(candidate.code))) {
      const version = { purposeCode: purpose.code, validFrom: STARTER_VALID_FROM, desiredChannel: purpose.desired };
      await repository.insertVersion(trx, { ...version, createdBy: null }, starterStrategy(purpose));
    }
  });
}

const starterRow = (purpose: StarterPurpose): PurposeRow => ({
  code: purpose.code,
  name_da: purpose.da,
  name_en: purpose.en,
  kle: purpose.kle,
  department_code: purpose.department,
  inquiry_type: purpose.type,
  case_type_code: purpose.caseType ?? null,
  solution_code: purpose.solution ?? null,
});
