import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Database, Executor } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './identity.repository.ts';
import type { DepartmentCache } from './departments.ts';
import { hashApiKey } from './api-client-rules.ts';
import { batchPerTurn } from '#platform/db/statement-batch.ts';

/** What managing API clients needs: the database, the departments and the scopes a client may hold. */
export interface ApiClientContext {
  db: Database;
  departments: DepartmentCache;
  integrationScopes: readonly string[];
}

/**
 * The integration principal of an API key, if the key is known and not revoked. The keys presented in the same turn
 * of the event loop are looked up in one statement (platform/db/statement-batch.ts), each still read from the
 * database when presented: a revoked key is refused at once.
 */
export function apiKeyAuthenticator(db: Database): (key: string) => Promise<Principal | undefined> {
  const lookUp = batchPerTurn(async (hashes: string[]) => {
    const rows = await repository.findApiClientsByKeyHashes(db, [...new Set(hashes)]);
    const byHash = new Map(rows.map((row) => [row.key_hash, row]));
    return hashes.map((hash) => byHash.get(hash));
  });
  return async (key) => {
    if (!key) return undefined;
    const client = await lookUp(hashApiKey(key));
    return client && clientPrincipal(client);
  };
}

function clientPrincipal(client: Selectable<repository.ApiClientRow>): Principal {
  return {
    kind: 'client',
    id: client.id,
    name: client.name,
    roles: ['integration'],
    scopes: [...client.scopes],
    departmentId: client.department_id,
  };
}

/**
 * Creates an API client for a line-of-business system; the key is shown once and only its hash is kept. A
 * department limits what the client reads and acts for to that department's records; none means all departments.
 */
export async function createApiClient(
  { db, departments, integrationScopes }: ApiClientContext,
  actor: Principal,
  input: { name: string; scopes: string[]; departmentId?: string | null },
  executor: Executor = db,
): Promise<{ id: string; key: string }> {
  assertCan(actor, 'identity:manage');
  const unknown = input.scopes.filter((scope) => !integrationScopes.includes(scope));
  if (unknown.length) throw new HttpProblem(400, 'identity.apiClients.unknownScope', { scopes: unknown.join(', ') });
  const department = input.departmentId ? departments.byId(input.departmentId) : undefined;
  if (input.departmentId && !department) throw new HttpProblem(400, 'identity.department.unknown');
  const key = `rh_${randomBytes(24).toString('base64url')}`;
  const create = async (trx: Executor) => {
    const client = await repository.insertApiClient(trx, {
      name: input.name,
      key_hash: hashApiKey(key),
      scopes: input.scopes,
      department_id: department?.id ?? null,
    });
    await recordAudit(trx, {
      actor,
      action: 'api-client:create',
      objectType: 'api-client',
      objectId: client.id,
      purpose: `scopes ${input.scopes.join(', ') || 'none'}; department ${department?.code ?? 'all'}`,
    });
    return client;
  };
  const client = executor.isTransaction ? await create(executor) : await db.transaction().execute(create);
  return { id: client.id, key };
}

export async function listApiClients(db: Database, actor: Principal) {
  assertCan(actor, 'identity:manage');
  return (await repository.listApiClients(db)).map((row) => ({
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    departmentId: row.department_id,
    createdAt: row.created_at,
    revoked: row.revoked_at !== null,
  }));
}

export async function revokeApiClient(db: Database, actor: Principal, id: string): Promise<void> {
  assertCan(actor, 'identity:manage');
  await db.transaction().execute(async (trx) => {
    const revoked = await repository.revokeApiClient(trx, id);
    if (!revoked) throw new HttpProblem(404, 'error.404.text');
    await recordAudit(trx, {
      actor,
      action: 'api-client:revoke',
      objectType: 'api-client',
      objectId: id,
      purpose: 'key revoked',
    });
  });
}
