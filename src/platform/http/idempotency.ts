import { createHash } from 'node:crypto';
import { sql, type Generated } from 'kysely';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { HttpProblem } from './problem.ts';

type IdempotencyTables = {
  idempotency_keys: {
    client_id: string;
    key: string;
    route: string;
    request_hash: string;
    status_code: number | null;
    response_body: string | null;
    created_at: Generated<Date>;
  };
};

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; statusCode: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/** A claim not completed within this time (the process died mid-request) may be taken over by a retry. */
const ABANDONED_AFTER_MS = 2 * 60_000;

/** Remembers the first response to each (client, Idempotency-Key) so a retried POST never does its work twice. */
export class IdempotencyStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.withTables<IdempotencyTables>();
  }

  async claim(clientId: string, key: string, route: string, requestHash: string): Promise<Claim> {
    const inserted = await this.db
      .insertInto('idempotency_keys')
      .values({ client_id: clientId, key, route, request_hash: requestHash, status_code: null, response_body: null })
      .onConflict((conflict) => conflict.columns(['client_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) return { kind: 'new' };
    const existing = await this.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('client_id', '=', clientId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (existing.request_hash !== requestHash || existing.route !== route) return { kind: 'mismatch' };
    if (existing.status_code !== null)
      return { kind: 'replay', statusCode: existing.status_code, body: existing.response_body ?? '' };
    if (Date.now() - existing.created_at.getTime() < ABANDONED_AFTER_MS) return { kind: 'in-progress' };
    const retaken = await this.db
      .updateTable('idempotency_keys')
      .set({ created_at: sql`now()` })
      .where('client_id', '=', clientId)
      .where('key', '=', key)
      .where('status_code', 'is', null)
      .where('created_at', '=', existing.created_at)
      .executeTakeFirst();
    return retaken.numUpdatedRows > 0n ? { kind: 'new' } : { kind: 'in-progress' };
  }

  async complete(clientId: string, key: string, statusCode: number, body: string): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ status_code: statusCode, response_body: body })
      .where('client_id', '=', clientId)
      .where('key', '=', key)
      .execute();
  }

  /** A failed attempt (5xx) releases the key so the retry does the work. */
  async release(clientId: string, key: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('client_id', '=', clientId)
      .where('key', '=', key)
      .where('status_code', 'is', null)
      .execute();
  }

  async purgeOlderThan(days: number): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('created_at', '<', sql<Date>`now() - make_interval(days => ${days})`)
      .execute();
  }
}

function hashBody(body: unknown): string {
  const canonical = JSON.stringify(body ?? null, (_key, value) =>
    Buffer.isBuffer(value) ? createHash('sha256').update(value).digest('hex') : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

const claimed = new WeakMap<FastifyRequest, { clientId: string; key: string }>();

/** Honours `Idempotency-Key` on routes declared `idempotent`: replays the stored response, refuses a reused key with another body (409). */
export function registerIdempotency(app: FastifyInstance, store: IdempotencyStore): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.idempotent || request.method !== 'POST') return;
    const header = request.headers['idempotency-key'];
    if (header === undefined) return;
    const key = String(header);
    if (key.length < 1 || key.length > 255) throw new HttpProblem(400, 'error.idempotency.invalid');
    const clientId = `${request.principal?.kind}:${request.principal?.id}`;
    const claim = await store.claim(clientId, key, request.routeOptions.url ?? request.url, hashBody(request.body));
    if (claim.kind === 'mismatch') throw new HttpProblem(409, 'error.idempotency.mismatch');
    if (claim.kind === 'in-progress') throw new HttpProblem(409, 'error.idempotency.inProgress');
    if (claim.kind === 'replay') {
      return reply
        .code(claim.statusCode)
        .header('idempotent-replayed', 'true')
        .type('application/json')
        .send(claim.body);
    }
    claimed.set(request, { clientId, key });
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const claim = claimed.get(request);
    if (!claim) return payload;
    claimed.delete(request);
    try {
      if (reply.statusCode >= 500) await store.release(claim.clientId, claim.key);
      else
        await store.complete(
          claim.clientId,
          claim.key,
          reply.statusCode,
          typeof payload === 'string' ? payload : String(payload ?? ''),
        );
    } catch (error) {
      // The database went away between the work and this bookkeeping (a lost connection): the answer still
      // goes out; the key stays claimed without a response, so a retry waits until the claim is stale.
      request.log.warn({ err: error }, 'idempotency key not recorded');
    }
    return payload;
  });
}
