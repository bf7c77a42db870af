import type { JobWithMetadata, PgBoss } from 'pg-boss';
import type { EventDefinition, EventEnvelope } from './event.ts';
import { deadLetterQueue, subscriptionQueue } from './subscription.ts';

/** A delivery that could not be handled, with the reason (schema, version, or the last error after retries). */
export interface DeadLetter {
  jobId: string;
  envelope: EventEnvelope;
  reason: string;
  deadAt: Date;
}

/** How long a dead letter is kept for someone to look at: a year. */
export const DEAD_LETTER_RETENTION_SECONDS = 60 * 60 * 24 * 365;

/**
 * The deliveries a subscriber could not handle, newest last: those whose payload failed the schema (sent
 * there at once) and those that still threw after every retry.
 */
export async function readDeadLetters(boss: PgBoss, module: string, event: EventDefinition): Promise<DeadLetter[]> {
  const jobs = await boss.findJobs<EventEnvelope>(deadLetterQueue(subscriptionQueue(module, event.name)));
  return jobs.map((job: JobWithMetadata<EventEnvelope>) => ({
    jobId: job.id,
    envelope: job.data,
    reason: reasonOf(job.sourceOutput),
    deadAt: job.createdOn,
  }));
}

function reasonOf(output: object | null): string {
  if (output && 'reason' in output && typeof output.reason === 'string') return output.reason;
  if (output && 'message' in output && typeof output.message === 'string') return output.message;
  return output ? JSON.stringify(output) : 'unknown';
}
