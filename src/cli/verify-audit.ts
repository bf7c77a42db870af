import { sql } from 'kysely';
import { ConfigError, loadConfig } from '#src/config.ts';
import { openDatabase } from '#platform/db/database.ts';
import { verifyAuditChain } from '#platform/audit/audit-chain-verification.ts';

/**
 * `npm run audit:verify`: opens the configured database (DATABASE_URL, or the embedded one in DATA_DIR),
 * walks the audit log's hash chain and prints the result. Exit 0: intact; 1: broken (edited, inserted or
 * deleted rows); 78: bad configuration; 2: the check could not run. Read-only: it runs no migrations.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    throw error;
  }
  const database = await openDatabase(config);
  try {
    const exists = await sql<{ present: boolean }>`select to_regclass('audit_log') is not null as present`.execute(
      database.db,
    );
    if (!exists.rows[0]?.present) {
      console.error('No audit log in this database (has Raadhus been started on it?).');
      return 2;
    }
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      console.log(`Audit log intact: ${result.checked} rows checked.`);
      return 0;
    }
    console.error(
      `Audit log BROKEN at row ${result.brokenAtId}: ${result.reason}. ${result.checked} rows before it are intact.`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Audit verification failed to run: ${error.message}`);
    process.exit(2);
  },
);
