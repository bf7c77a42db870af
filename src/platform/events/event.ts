import { z } from 'zod';

/**
 * An event a module publishes: a dotted name (`<module>.<what-happened>`), a version that goes up when the
 * payload changes incompatibly, and a zod schema for the payload. Payloads carry ids, codes and times,
 * never a CPR number or a message body; make the schema `.strict()` so nothing else slips in.
 */
export interface EventDefinition<Schema extends z.ZodType = z.ZodType> {
  name: string;
  version: number;
  payload: Schema;
  /** One line: what happened (for docs/events.md and the reader). */
  description?: string;
}

export type EventPayload<Event extends EventDefinition> = z.infer<Event['payload']>;

export function defineEvent<Schema extends z.ZodType>(definition: EventDefinition<Schema>): EventDefinition<Schema> {
  if (!/^[a-z]+\.[a-z][a-z-]*$/.test(definition.name))
    throw new Error(`event name "${definition.name}" is not <module>.<what-happened> in lower case`);
  if (!Number.isInteger(definition.version) || definition.version < 1)
    throw new Error(`event ${definition.name}: version must be a positive integer`);
  return definition;
}

/** What travels on a subscriber's queue: the payload with the event's name, version, id and time. */
export const EventEnvelope = z.object({
  id: z.uuid(),
  event: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
});
export type EventEnvelope = z.infer<typeof EventEnvelope>;

/** What a subscriber's handler learns about the event besides its payload. */
export interface EventMetadata {
  id: string;
  event: string;
  version: number;
  occurredAt: Date;
}

/** A payload that does not match its event's schema, at publish: the producer's transaction rolls back. */
export class EventPayloadError extends Error {
  constructor(
    readonly event: string,
    readonly issues: string[],
  ) {
    super(`event ${event}: payload does not match its schema (${issues.join('; ')})`);
    this.name = 'EventPayloadError';
  }
}

/** zod issues as short lines that name the field and the problem, never the value (it could be personal data). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(payload)';
    const keys = issue.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
    return `${path}: ${issue.code}${keys}`;
  });
}

export function envelopeFor(event: EventDefinition, payload: unknown, occurredAt = new Date()): EventEnvelope {
  const parsed = event.payload.safeParse(payload);
  if (!parsed.success) throw new EventPayloadError(event.name, describeIssues(parsed.error));
  return {
    id: crypto.randomUUID(),
    event: event.name,
    version: event.version,
    occurredAt: occurredAt.toISOString(),
    payload: parsed.data,
  };
}

/**
 * Reads an envelope from a subscriber's queue against the event the subscriber expects: the payload parsed,
 * or the reason it cannot be handled (goes to the subscriber's dead letters, never retried).
 */
export function readEnvelope<Schema extends z.ZodType>(
  event: EventDefinition<Schema>,
  data: unknown,
): { ok: true; payload: z.infer<Schema>; metadata: EventMetadata } | { ok: false; reason: string } {
  const envelope = EventEnvelope.safeParse(data);
  if (!envelope.success)
    return { ok: false, reason: `not an event envelope: ${describeIssues(envelope.error).join('; ')}` };
  const { id, version, occurredAt } = envelope.data;
  if (envelope.data.event !== event.name)
    return { ok: false, reason: `event ${envelope.data.event} on a queue subscribed to ${event.name}` };
  if (version !== event.version)
    return {
      ok: false,
      reason: `event ${event.name} version ${version}; this subscriber reads version ${event.version}`,
    };
  const payload = event.payload.safeParse(envelope.data.payload);
  if (!payload.success)
    return {
      ok: false,
      reason: `event ${event.name} v${version}: payload does not match its schema (${describeIssues(payload.error).join('; ')})`,
    };
  return {
    ok: true,
    payload: payload.data,
    metadata: { id, event: event.name, version, occurredAt: new Date(occurredAt) },
  };
}
