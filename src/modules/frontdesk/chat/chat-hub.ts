import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseHandle, Executor } from '#platform/db/database.ts';

type Listener = () => void;

/** The notification channel of one app schema (apps sharing a server never hear each other). */
export const chatChannel = (schema: string) => `frontdesk_chat_${schema.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 63);

/**
 * Live chat across app processes: a change to a conversation notifies through PostgreSQL (`pg_notify` inside the
 * changing transaction, so it is heard only once committed), and each web process holds one listening connection
 * that wakes the Server-Sent Event streams of that conversation and of its department's inbox. Nothing lives in
 * process memory but who is listening here.
 */
export class ChatHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** the open streams of this process, ended when the server closes */
  private readonly streams = new Set<() => void>();
  private listening?: Promise<() => Promise<void>>;
  readonly channel: string;

  constructor(
    private readonly database: Pick<DatabaseHandle, 'pool' | 'pglite' | 'schema'>,
    private readonly logger?: Pick<Logger, 'warn'>,
  ) {
    this.channel = chatChannel(database.schema);
  }

  /** Inside the changing transaction: every process hears, after commit, that this conversation changed. */
  async changed(executor: Executor, conversation: { id: string; department_code: string }): Promise<void> {
    const payload = `${conversation.id} ${conversation.department_code}`;
    await sql`select pg_notify(${this.channel}, ${payload})`.execute(executor);
  }

  /** Calls `listener` whenever the conversation (`id`) or the department's inbox (`department:<code>`) changes. */
  async subscribe(key: string, listener: Listener): Promise<() => void> {
    await this.listen();
    const set = this.listeners.get(key) ?? new Set<Listener>();
    this.listeners.set(key, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(key);
    };
  }

  /** Keeps an open stream's `end`, so closing the server ends it; returns the function that forgets it. */
  track(end: () => void): () => void {
    this.streams.add(end);
    return () => this.streams.delete(end);
  }

  /** Ends every open stream of this process (the server is closing: open streams would hold it). */
  endStreams(): void {
    for (const end of [...this.streams]) end();
  }

  /** How many streams listen in this process (the benchmark reports it). */
  get size(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  private heard(payload: string | undefined): void {
    const [id, department] = (payload ?? '').split(' ');
    for (const key of [id, `department:${department}`])
      for (const listener of this.listeners.get(key) ?? []) listener();
  }

  private listen(): Promise<unknown> {
    this.listening ??= this.start().catch((error: unknown) => {
      this.listening = undefined;
      throw error;
    });
    return this.listening;
  }

  private async start(): Promise<() => Promise<void>> {
    const { pglite, pool } = this.database;
    if (pglite) {
      const unlisten = await pglite.listen(this.channel, (payload) => this.heard(payload));
      return unlisten;
    }
    // its own connection, outside the pool: a LISTEN holds its connection for good
    const client = new pg.Client(pool.options as pg.ClientConfig);
    client.on('notification', (message) => this.heard(message.payload));
    client.on('error', (error) => {
      // the streams fall back to their periodic check; the next subscription listens again
      this.logger?.warn({ err: error }, 'chat listener connection lost');
      this.listening = undefined;
    });
    await client.connect();
    await client.query(`listen "${this.channel}"`);
    return () => client.end();
  }

  /** Stops listening (the web server closes). */
  async close(): Promise<void> {
    this.endStreams();
    const listening = this.listening;
    this.listening = undefined;
    this.listeners.clear();
    if (listening) await (await listening.catch(() => undefined))?.();
  }
}
