import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ChatHub } from './chat-hub.ts';

/** What the stream sends: new messages (already in the reader's words) and the conversation's status. */
export interface StreamSnapshot {
  messages: Array<{ id: number; data: unknown }>;
  status: { status: string; text: string };
}

/** Streams end after this long; the browser's EventSource reconnects on its own (from the last event id). */
const STREAM_MS = 10 * 60_000;
/** A comment keeps proxies from closing a quiet stream, and a periodic check catches a missed notification. */
const HEARTBEAT_MS = 20_000;

/** The message id a stream starts after: the EventSource's `Last-Event-ID` on a reconnect, or `?after=`. */
export function streamStart(request: FastifyRequest): number {
  const header = Number(request.headers['last-event-id']);
  const query = Number((request.query as { after?: string } | undefined)?.after);
  const after = Math.max(Number.isSafeInteger(header) ? header : 0, Number.isSafeInteger(query) ? query : 0);
  return Math.max(0, after);
}

const frame = (event: string, data: unknown, id?: number) =>
  `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Server-Sent Events of one conversation: the messages after `after`, then each new one as the hub hears the
 * conversation change. A client that does not ask for `text/event-stream` gets what is there now and the end.
 * `read` is called with the last id sent, and checks again whose conversation it is.
 */
export async function streamConversation(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { hub: ChatHub; conversationId: string; after: number; read: (after: number) => Promise<StreamSnapshot> },
): Promise<void> {
  let last = options.after;
  let status: string | undefined;
  const first = await options.read(last);
  const live = (request.headers.accept ?? '').includes('text/event-stream');
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  const send = (snapshot: StreamSnapshot) => {
    for (const message of snapshot.messages) {
      raw.write(frame('message', message.data, message.id));
      last = message.id;
    }
    if (snapshot.status.status !== status) {
      raw.write(frame('status', snapshot.status));
      status = snapshot.status.status;
    }
  };
  raw.write('retry: 3000\n\n');
  send(first);
  if (!live || status === 'closed') {
    raw.end();
    return;
  }
  let busy = false;
  let again = false;
  let ended = false;
  const pull = async () => {
    if (ended) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        send(await options.read(last));
      } while (again && !ended);
      if (status === 'closed') end();
    } catch {
      end();
    } finally {
      busy = false;
    }
  };
  const unsubscribe = await options.hub.subscribe(options.conversationId, () => void pull());
  const heartbeat = setInterval(() => {
    raw.write(': still here\n\n');
    void pull();
  }, HEARTBEAT_MS);
  const timeout = setTimeout(() => end(), STREAM_MS);
  const stop = options.hub.track(() => end());
  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearTimeout(timeout);
    unsubscribe();
    stop();
    raw.end();
  }
  request.raw.on('close', end);
  // what changed between the first read and the subscription
  await pull();
}
