import { PgBoss, type Db as IDatabase } from 'pg-boss';
import type { DatabaseHandle } from '../db/database.ts';
import { applicationName } from '../db/server-database.ts';
import { SUPERVISE_SECONDS } from './job-definition.ts';

/**
 * On PGlite, pg-boss runs through the application's single-connection pool so its statements queue
 * behind open transactions instead of landing inside them; LISTEN/NOTIFY works in-process.
 */
function embeddedDatabase(handle: DatabaseHandle): IDatabase {
  return {
    async executeSql(text, values) {
      const result = (await handle.pool.query(text, values)) as unknown as
        | { rows: unknown[] }
        | Array<{ rows: unknown[] }>;
      return { rows: Array.isArray(result) ? result.flatMap((part) => part.rows ?? []) : result.rows };
    },
    async listen(channel, onNotification, onReconnect) {
      const unsubscribe = await handle.pglite!.listen(channel, onNotification);
      onReconnect();
      return { close: async () => unsubscribe() };
    },
  };
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
