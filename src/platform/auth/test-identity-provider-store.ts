import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/**
 * Where the test identity provider keeps its sessions, interactions and codes: in this process's memory, one store
 * per provider (two apps in a process share nothing). Chosen on purpose — the test provider serves development,
 * demos and tests, where a login lost on restart is simply done again; production logs in at NemLog-in or another
 * OIDC provider. Giving the provider this adapter also keeps oidc-provider from warning outside the JSON log.
 */
export function testProviderStore(now: () => number = Date.now): AdapterFactory {
  const entries = new Map<string, Entry>();
  const sessionsByUid = new Map<string, string>();
  const alive = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        // expired entries nobody asks for again are swept now and then, so a long demo does not grow without end
        if (entries.size > 1000) for (const stored of [...entries.keys()]) alive(stored);
        entries.set(key(id), { payload, expiresAt: expiresIn ? now() + expiresIn * 1000 : Number.POSITIVE_INFINITY });
        if (model === 'Session' && payload.uid) sessionsByUid.set(payload.uid, id);
      },
      async find(id) {
        return alive(key(id))?.payload;
      },
      async findByUid(uid) {
        const id = sessionsByUid.get(uid);
        return id ? alive(key(id))?.payload : undefined;
      },
      async findByUserCode(userCode) {
        for (const [stored, entry] of entries)
          if (stored.startsWith(`${model}:`) && entry.payload.userCode === userCode) return alive(stored)?.payload;
        return undefined;
      },
      async consume(id) {
        const entry = alive(key(id));
        if (entry) entry.payload.consumed = Math.floor(now() / 1000);
      },
      async destroy(id) {
        const entry = entries.get(key(id));
        if (entry?.payload.uid) sessionsByUid.delete(entry.payload.uid);
        entries.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const [stored, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(stored);
      },
    };
  };
}
