import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { printBatch } from './print-batch-lookup.ts';
import { printBatchPdf } from './print-batch-pdf.ts';
import { markBatchPosted } from './print-batch-posting.ts';

export interface PrintBatchView {
  id: string;
  status: 'open' | 'closed' | 'posted';
  createdAt: Date;
  closedAt: Date | null;
  postedAt: Date | null;
  letters: number;
}

/**
 * Printed letters for recipients not signed up for digital post (or exempt). Letters join the open
 * batch; staff close it (no letter joins after that), download it as one PDF, and mark it posted,
 * which moves its letters to "printed".
 */
export class PrintService {
  constructor(private readonly deps: PostDependencies) {}

  async batches(actor: Principal): Promise<PrintBatchView[]> {
    assertCan(actor, 'post:print');
    return (await repository.listPrintBatches(this.deps.db, 50)).map((row) => ({
      id: row.id,
      status: row.status,
      createdAt: row.created_at,
      closedAt: row.closed_at,
      postedAt: row.posted_at,
      letters: Number(row.letters),
    }));
  }

  async close(actor: Principal, id: string): Promise<void> {
    assertCan(actor, 'post:print');
    await printBatch(this.deps.db, id);
    const closed = await repository.closePrintBatch(this.deps.db, id);
    if (closed.numUpdatedRows === 0n) throw new HttpProblem(409, 'post.print.notClosed');
  }

  /** The closed batch as one PDF of all its letters (see print-batch-pdf.ts). */
  pdf(actor: Principal, id: string): Promise<Buffer> {
    return printBatchPdf(this.deps, actor, id);
  }

  markPosted(actor: Principal, id: string): Promise<void> {
    return markBatchPosted(this.deps, actor, id);
  }
}
