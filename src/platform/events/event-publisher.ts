import { fromKysely, type PgBoss } from 'pg-boss';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../db/database.ts';
import { type EventDefinition, EventPayloadError, envelopeFor } from './event.ts';

/** pg-boss and its schema (publishing reads the subscription table in the producer's transaction). */
export interface Publisher {
  boss: PgBoss;
  queueSchema: string;
  /** throws when nothing may be published yet; called once the payloads are checked */
  assertStarted(): void;
}

/** Writes one delivery of a checked event to each subscriber's queue, in the caller's transaction. */
export async function publishEvent<Schema extends z.ZodType>(
  publisher: Publisher,
  executor: Executor,
  event: EventDefinition<Schema>,
  payload: z.infer<Schema>,
  occurredAt?: Date,
): Promise<string> {
  const envelope = envelopeFor(event, payload, occurredAt);
  publisher.assertStarted();
  const { boss, queueSchema } = publisher;
  const db = fromKysely(executor);
  for (const queue of await subscribedQueues(queueSchema, executor, event.name))
    await boss.send(queue, envelope, { db });
  return envelope.id;
}

/** Checks every payload first (one mismatch throws, naming its index), then one statement per subscriber's queue. */
export async function publishEvents<Schema extends z.ZodType>(
  publisher: Publisher,
  executor: Executor,
  event: EventDefinition<Schema>,
  payloads: Array<z.infer<Schema>>,
  occurredAt: Date,
): Promise<string[]> {
  const envelopes = payloads.map((payload, index) => {
    try {
      return envelopeFor(event, payload, occurredAt);
    } catch (error) {
      if (!(error instanceof EventPayloadError)) throw error;
      throw new EventPayloadError(
        event.name,
        error.issues.map((issue) => `[${index}] ${issue}`),
      );
    }
  });
  publisher.assertStarted();
  const { boss, queueSchema } = publisher;
  const db = fromKysely(executor);
  const jobs = envelopes.map((data) => ({ data }));
  for (const queue of await subscribedQueues(queueSchema, executor, event.name)) await boss.insert(queue, jobs, { db });
  return envelopes.map((envelope) => envelope.id);
}

/**
 * The subscribed queues, read from pg-boss's subscription table through the caller's executor. Not
 * `boss.publish`: it reads the table on pg-boss's own connection, which on the embedded database is the
 * one the producer's open transaction holds (it would wait for ever), and outside the transaction elsewhere.
 */
async function subscribedQueues(queueSchema: string, executor: Executor, event: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select name from ${sql.table(`${queueSchema}.subscription`)} where event = ${event} order by name
  `.execute(executor);
  return rows.map((row) => row.name);
}
