import { createHash, randomBytes } from 'node:crypto';
import { sql, type Generated } from 'kysely';
import type { Database } from '../db/database.ts';
import { batchPerTurn } from '../db/statement-batch.ts';
import type { Principal } from './principal.ts';

type SessionTables = {
  sessions: {
    id: string;
    principal: Principal;
    id_token: string | null;
    created_at: Generated<Date>;
    last_seen_at: Generated<Date>;
    expires_at: Date;
  };
};

export interface SessionRecord {
  id: string;
  principal: Principal;
  idToken: string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

type LiveSession = Pick<SessionTables['sessions'], 'id' | 'principal' | 'id_token'> & { last_seen_at: Date };

/**
 * Server-side sessions in PostgreSQL. The cookie holds a random token; the table holds only its hash,
 * so a leaked table cannot be replayed. Idle and absolute timeouts are enforced on every read.
 */
export class SessionStore {
  /** Looks up every session asked for in the same turn of the event loop in one statement (platform/db/statement-batch.ts). */
  private readonly findLive = batchPerTurn((ids: string[]) => this.findLiveRows(ids));

  constructor(
    private readonly database: Database,
    private readonly idleMinutes: number,
    private readonly absoluteHours: number,
  ) {}

  private get db() {
    return this.database.withTables<SessionTables>();
  }

  async create(principal: Principal, idToken: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        principal: JSON.stringify(principal) as never,
        id_token: idToken,
        expires_at: new Date(Date.now() + this.absoluteHours * 3_600_000),
      })
      .execute();
    return token;
  }

  async find(token: string): Promise<SessionRecord | undefined> {
    const id = hashToken(token);
    const row = await this.findLive(id);
    if (!row) return undefined;
    // Touch at most once a minute: keeps the idle timer honest without a write per request.
    if (Date.now() - row.last_seen_at.getTime() > 60_000) {
      await this.db.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('id', '=', id).execute();
    }
    return { id, principal: row.principal, idToken: row.id_token };
  }

  private async findLiveRows(ids: string[]): Promise<Array<LiveSession | undefined>> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'principal', 'id_token', 'last_seen_at'])
      .where('id', 'in', [...new Set(ids)])
      .where('expires_at', '>', sql<Date>`now()`)
      .where('last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${this.idleMinutes})`)
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    // two requests of one session in the same batch each get their own principal, as from two look-ups
    const given = new Set<string>();
    return ids.map((id) => {
      const row = byId.get(id);
      if (row && given.has(id)) return structuredClone(row);
      given.add(id);
      return row;
    });
  }

  async destroy(token: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .deleteFrom('sessions')
      .where('id', '=', hashToken(token))
      .returning(['id', 'principal', 'id_token'])
      .executeTakeFirst();
    return row ? { id: row.id, principal: row.principal, idToken: row.id_token } : undefined;
  }

  /** Ends every session of a principal (e.g. when an administrator changes a staff member's roles). */
  async destroyFor(kind: Principal['kind'], principalId: string): Promise<void> {
    await this.db
      .deleteFrom('sessions')
      .where(sql`principal->>'kind'`, '=', kind)
      .where(sql`principal->>'id'`, '=', principalId)
      .execute();
  }

  async purgeExpired(): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([
          eb('expires_at', '<=', sql<Date>`now()`),
          eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${this.idleMinutes})`),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
