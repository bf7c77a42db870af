import pino from 'pino';
import type { Raadhus } from '#src/app.ts';
import type { EventDefinition, EventMetadata } from '#platform/events/event.ts';
import { EventBus } from '#platform/events/event-bus.ts';
import { defineSubscription } from '#platform/events/subscription.ts';
import { queueSchemaOf } from '#platform/queue/pg-boss-connection.ts';

export interface RecordedEvent {
  event: EventMetadata;
  payload: Record<string, unknown>;
}

/**
 * Subscribes a test (as the module `test`) to events of a running app, on the app's own pg-boss: every
 * event published after this resolves is recorded, delivered like to any other subscriber.
 */
export async function recordEvents(raadhus: Raadhus, ...events: EventDefinition[]): Promise<RecordedEvent[]> {
  const recorded: RecordedEvent[] = [];
  const bus = new EventBus(
    raadhus.queue.boss,
    raadhus.database.db,
    queueSchemaOf(raadhus.database),
    pino({ level: 'silent' }),
  );
  for (const event of events)
    bus.subscribe(
      defineSubscription({
        module: 'test',
        event,
        pollingIntervalSeconds: 1,
        async handler(payload, context) {
          recorded.push({ event: context.event, payload: payload as Record<string, unknown> });
        },
      }),
    );
  await bus.start({ workers: true });
  return recorded;
}
