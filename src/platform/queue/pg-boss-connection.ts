import { PgBoss, type Db as IDatabase } from 'pg-boss';
import type { DatabaseHandle } from '../db/database.ts';
import { applicationName } from '../db/server-database.ts';
import { SUPERVISE_SECONDS } from './job-definition.ts';

/**
 * On PGlite, pg-boss runs through the application's single-connection pool so its statements queue
 * behind open transactions instead of landing inside them; LISTEN/NOTIFY works in-process.
 */
export function embeddedDatabase(handle: DatabaseHandle): IDatabase {
  return {
    async executeSql(text, values) {
      const result = (await handle.pool.query(text, values)) as unknown as
        | { rows: unknown[] }
        | Array<{ rows: unknown[] }>;
      return { rows: Array.isArray(result) ? result.flatMap((part) => part.rows ?? []) : result.rows };
    },
    async listen(channel, onNotification, onReconnect) {
      // LISTEN and UNLISTEN go through the pool too: run on PGlite directly, they would land between the
      // messages of a query in flight on the pool's connection (see pgliteThroughPool).
      const throughPool = pgliteThroughPool(handle);
      const unsubscribe = await handle.pglite!.listen(channel, onNotification, throughPool);
      onReconnect();
      return { close: async () => unsubscribe(throughPool) };
    },
  };
}

/**
 * PGlite's `listen`/`unlisten` run their statement with `pglite.exec` unless given another executor. That path
 * takes PGlite's own lock, which the node-postgres adapter behind the pool never takes: the adapter sends a
 * query's extended-protocol messages (Parse, Bind, Describe, Execute, Sync) to the engine one at a time, awaiting
 * each, so an `UNLISTEN` sent by pg-boss's stop could land between a Parse and its Bind. The simple query drops
 * the unnamed statement (the Bind fails), and it replaces PGlite's collector of the pending message's replies (its
 * ParseComplete is lost): the pool's client takes the wrong reply for its query's end, is thrown away, and the
 * rest of its messages are sent after the database has closed, where the engine raises an error on every pass of
 * its main loop without reading them: the process spins at 100 % CPU in `PostgresMainLoopOnce` → `errfinish`.
 * Through the pool, LISTEN and UNLISTEN wait their turn like every other statement.
 */
function pgliteThroughPool(handle: DatabaseHandle) {
  return {
    exec: async (statement: string) => {
      await handle.pool.query(statement);
      return [];
    },
  } as never;
}

/** pg-boss's own schema beside the application's (the event bus reads its subscription table). */
export const queueSchemaOf = (handle: DatabaseHandle): string =>
  `${handle.schema === 'public' ? 'raadhus' : handle.schema}_queue`;

/** pg-boss on the application's database: through its pool on PGlite, with its own connections on PostgreSQL. */
export function createBoss(handle: DatabaseHandle, connectionString: string | undefined): PgBoss {
  const schema = queueSchemaOf(handle);
  return handle.embedded
    ? new PgBoss({
        db: embeddedDatabase(handle),
        schema,
        backend: 'pglite',
        useListenNotify: true,
        superviseIntervalSeconds: SUPERVISE_SECONDS,
        monitorIntervalSeconds: SUPERVISE_SECONDS,
      } as never)
    : new PgBoss({
        connectionString,
        schema,
        max: 4,
        // the queue's connections carry the app's name too (a failover drill can find them)
        application_name: `${applicationName(handle.schema)}:queue`.slice(0, 63),
        useListenNotify: true,
        superviseIntervalSeconds: SUPERVISE_SECONDS,
        monitorIntervalSeconds: SUPERVISE_SECONDS,
      } as never);
}
