import type { Kysely, Transaction } from 'kysely';
import type pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

/**
 * The database as a whole has no single table interface: each module declares its own tables and
 * narrows the handle with `db.withTables<ItsTables>()` in its repository, so no module can name
 * another module's tables by accident.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NoTables {}
export type Database = Kysely<NoTables>;
export type DatabaseTransaction = Transaction<NoTables>;
/** Either the database or an open transaction: repositories accept both so services choose the boundary. */
export type Executor = Kysely<NoTables>;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  /** The embedded instance when running on PGlite (the queue listens through it). */
  pglite?: PGlite;
  schema: string;
  embedded: boolean;
  close(): Promise<void>;
}
