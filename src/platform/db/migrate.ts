import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMigrationProvider, Migrator } from 'kysely/migration';
import type { Database } from './database.ts';

const migrationFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Applies every migration in src/migrations (timestamp-named, one file per change, each owned by one module).
 * Unordered migrations are allowed: a migration merged from another branch may carry an earlier timestamp
 * than one a database already applied.
 */
export async function migrateToLatest(db: Database, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder }),
    allowUnorderedMigrations: true,
    // Named, so Kysely looks for its own tables in this schema only: unnamed, it takes another schema's
    // kysely_migration_lock on the same server (other test apps, other installations) for ours and fails.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`, { cause: error });
  }
  return (results ?? []).map((result) => result.migrationName);
}
