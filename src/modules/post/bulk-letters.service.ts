import type { Principal } from '#platform/auth/principal.ts';
import type { PostDependencies } from './post.types.ts';
import { type BulkLetterInput, createBulkLetter } from './bulk-letter-create.ts';
import { type ChunkOptions, resumeRunning, runChunk } from './bulk-chunk.ts';
import { cancelBulkLetter } from './bulk-cancel.ts';
import { type BulkProgress, bulkProgress, listBulkLetters } from './bulk-progress.ts';

export type { BulkLetterInput, BulkProgress };

/**
 * Bulk letters: one letter to many recipients as a background job in chunks. Every recipient is a row
 * (unique per bulk letter); a recipient's message and the mark that it was sent commit in one
 * transaction, so a run that dies at any point resumes without anyone getting a second copy.
 */
export class BulkLetterService {
  constructor(private readonly deps: PostDependencies) {}

  create(actor: Principal, input: BulkLetterInput): Promise<{ id: string; total: number }> {
    return createBulkLetter(this.deps, actor, input);
  }

  runChunk(bulkId: string, options: ChunkOptions = {}): Promise<{ sent: number; remaining: number }> {
    return runChunk(this.deps, bulkId, options);
  }

  resumeRunning(): Promise<number> {
    return resumeRunning(this.deps);
  }

  cancel(actor: Principal, id: string): Promise<void> {
    return cancelBulkLetter(this.deps, actor, id);
  }

  progress(actor: Principal, id: string): Promise<BulkProgress> {
    return bulkProgress(this.deps, actor, id);
  }

  list(actor: Principal): Promise<BulkProgress[]> {
    return listBulkLetters(this.deps, actor);
  }
}
