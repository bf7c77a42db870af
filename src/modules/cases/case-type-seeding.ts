import type { Database } from '#platform/db/database.ts';
import { standardCaseTypes } from './engine/standard-bank.ts';
import * as repository from './cases.repository.ts';

/**
 * Stores the standard case types of the bank (idempotent, at every start-up). A standard definition
 * that changed in the bank becomes a new version; it is made current only while no local adaptation
 * is in use, so an administrator's version is never replaced behind their back.
 */
export async function seedStandardCaseTypes(db: Database): Promise<void> {
  for (const definition of standardCaseTypes()) {
    await db.transaction().execute(async (trx) => {
      await repository.insertCaseType(trx, definition.code);
      const latest = await repository.latestVersionOfOrigin(trx, definition.code, 'standard');
      if (latest && canonical(latest.definition) === canonical(definition)) return;
      const current = await repository.findCurrentCaseTypeVersion(trx, definition.code);
      await repository.insertCaseTypeVersion(trx, {
        code: definition.code,
        origin: 'standard',
        definition,
        createdBy: null,
        makeCurrent: !current || current.origin === 'standard',
      });
    });
  }
}

/** JSON with sorted keys: jsonb does not keep key order, so stored and fresh definitions compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}
