import type { Database } from '../db/database.ts';
import { auditRowsAfter } from './audit.repository.ts';
import { chainHash, GENESIS } from './audit-chain.ts';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** the first row whose hash or link does not match */
  brokenAtId?: number;
  reason?: string;
}

/** Walks the whole chain and reports the first row that was edited, inserted or whose predecessor was deleted. */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainVerification> {
  let previous = GENESIS;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await auditRowsAfter(db, afterId, batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.previous_hash !== previous)
        return {
          ok: false,
          checked,
          brokenAtId: row.id,
          reason: 'link to the previous row is broken (a row was deleted or inserted)',
        };
      if (chainHash(row) !== row.hash)
        return {
          ok: false,
          checked,
          brokenAtId: row.id,
          reason: 'row content does not match its hash (the row was edited)',
        };
      previous = row.hash;
      afterId = row.id;
      checked++;
    }
  }
}
