import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { freePort } from '#test-support/test-app.ts';
import { hashOf, VISITOR_COOKIE } from '#modules/frontdesk/chat/visitor.ts';
import { benchDatabases, secondsSince, startBenchApp, type BenchDatabase } from './support/bench-app.ts';
import { memoryFigures } from './support/http-measure.ts';

/**
 * Web chat: BENCH_CHATS (500) open conversations, each with its visitor's browser holding a live Server-Sent Events
 * stream on one app process, while staff send BENCH_CHAT_MESSAGES (1,000) answers, BENCH_CHAT_PARALLEL (20) at a time.
 * Each answer's latency is from the call that stores it (one transaction, NOTIFY at commit) to the moment its
 * visitor's stream delivers it (LISTEN → the conversation's stream reads the new message → an SSE frame). Baseline in
 * the same run: a bare Fastify SSE server that fans the same number of messages out to as many streams from memory.
 * Memory: the process's RSS and heap before and after the streams opened (the clients run in the same process, so
 * the figure is an upper bound for the server).
 *
 *   npm run bench                                         # every benchmark, default sizes
 *   node --import tsx bench/chat.ts                       # PGlite; with DATABASE_URL also PostgreSQL
 *   BENCH_CHATS=20 BENCH_CHAT_MESSAGES=40 node --import tsx bench/chat.ts   # smoke run
 */
const chats = Number(process.env.BENCH_CHATS ?? 500);
const messages = Number(process.env.BENCH_CHAT_MESSAGES ?? 1000);
const parallel = Number(process.env.BENCH_CHAT_PARALLEL ?? 20);
const P99_TARGET_MS = 250;
const open = new Date('2026-12-09T09:00:00Z'); // a Wednesday 10:00: the demo chat is open

interface Streams {
  /** resolves when the stream of `index` delivers a frame holding `marker` */
  waitFor(index: number, marker: string): Promise<number>;
  close(): void;
}

/** Opens one SSE stream per address and watches each for markers. */
async function openStreams(addresses: Array<{ url: string; cookie?: string }>): Promise<Streams> {
  const controller = new AbortController();
  const waiting = addresses.map(() => new Map<string, (at: number) => void>());
  await Promise.all(
    addresses.map(async (address, index) => {
      const headers: Record<string, string> = { accept: 'text/event-stream' };
      if (address.cookie) headers.cookie = address.cookie;
      const response = await fetch(address.url, { headers, signal: controller.signal });
      if (response.status !== 200) throw new Error(`stream ${index}: ${response.status}`);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            const text = decoder.decode(value, { stream: true });
            const at = performance.now();
            for (const [marker, resolve] of waiting[index])
              if (text.includes(marker)) {
                waiting[index].delete(marker);
                resolve(at);
              }
          }
        } catch {
          // aborted at the end
        }
      })();
    }),
  );
  return {
    waitFor: (index, marker) => new Promise((resolve) => waiting[index].set(marker, resolve)),
    close: () => controller.abort(),
  };
}

/** Sends `messages` markers, `parallel` at a time, each to a random stream; the latencies in ms. */
async function latencies(streams: Streams, send: (index: number, marker: string) => Promise<void>): Promise<number[]> {
  const results: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < messages) {
      const number = next++;
      const index = Math.floor(Math.random() * chats);
      const marker = `ping ${number} ${randomBytes(4).toString('hex')}`;
      const delivered = streams.waitFor(index, marker);
      const sent = performance.now();
      await send(index, marker);
      results.push((await delivered) - sent);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const summary = (label: string, values: number[], memory: Record<string, string>) => ({
  label,
  streams: chats,
  messages: values.length,
  'p50 ms': Number(percentile(values, 50).toFixed(1)),
  'p99 ms': Number(percentile(values, 99).toFixed(1)),
  'max ms': Number(Math.max(...values).toFixed(1)),
  ...memory,
});

/** The baseline: a bare SSE fan-out from memory, no database. */
async function baseline() {
  const app = Fastify();
  const listeners = new Map<number, (frame: string) => void>();
  app.get<{ Params: { index: string } }>('/stream/:index', (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
    reply.raw.write('retry: 3000\n\n');
    listeners.set(Number(request.params.index), (frame) => reply.raw.write(frame));
  });
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  const streams = await openStreams(
    Array.from({ length: chats }, (_, index) => ({ url: `http://127.0.0.1:${port}/stream/${index}` })),
  );
  const values = await latencies(streams, async (index, marker) => {
    await new Promise((resolve) => setImmediate(resolve));
    listeners.get(index)?.(`event: message\ndata: ${JSON.stringify({ text: marker })}\n\n`);
  });
  streams.close();
  await app.close();
  return values;
}

async function run(database: BenchDatabase) {
  const app = await startBenchApp(database);
  try {
    const { chat } = app.raadhus.services.frontdesk;
    const { staff } = await app.raadhus.services.identity.testIdentities();
    const member = staff.find((candidate) => candidate.subject === 'staff-front-desk-1')!;
    const desk = {
      kind: 'staff' as const,
      id: member.id,
      name: member.name,
      roles: member.roles,
      departmentId: member.departmentId,
    };
    const started = performance.now();
    const conversations: Array<{ id: string; secret: string }> = [];
    for (let index = 0; index < chats; index++) {
      const secret = randomBytes(32).toString('base64url');
      const request = { purposeCode: 'general-information', text: `Spørgsmål ${index}`, locale: 'da' as const };
      const conversation = await chat.start({ visitorHash: hashOf(secret) }, request, open);
      conversations.push({ id: conversation.id, secret });
    }
    console.log(`${database}: ${chats} conversations started (${secondsSince(started)} s)`);
    const before = memoryFigures();
    const streams = await openStreams(
      conversations.map((conversation) => ({
        url: `${app.url}/chat/${conversation.id}/events`,
        cookie: `${VISITOR_COOKIE}=${conversation.secret}`,
      })),
    );
    const after = memoryFigures();
    console.log(
      `${database}: ${chats} streams open; memory before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
    );
    const values = await latencies(streams, async (index, marker) => {
      await chat.answer(desk, conversations[index].id, marker, open);
    });
    streams.close();
    return summary(`web chat on ${database}`, values, {
      rss: after.rss,
      heapUsed: after.heapUsed,
      'rss before': before.rss,
    });
  } finally {
    await app.close();
  }
}

const rows = [];
const memory = memoryFigures();
rows.push(
  summary('baseline: bare SSE fan-out from memory', await baseline(), { rss: memory.rss, heapUsed: memory.heapUsed }),
);
for (const database of benchDatabases()) rows.push(await run(database));
console.table(rows);
for (const row of rows.slice(1))
  console.log(
    `${row.label}: p99 ${row['p99 ms']} ms (target under ${P99_TARGET_MS} ms; baseline p99 ${rows[0]['p99 ms']} ms)`,
  );
process.exit(0);
