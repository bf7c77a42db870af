import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openEmbeddedDatabase } from '../db/embedded-database.ts';
import { embeddedDatabase } from './pg-boss-connection.ts';

/** Waits `count` turns of the next-tick queue (the pool hands out its connection on the next tick). */
const ticks = async (count: number) => {
  for (let tick = 0; tick < count; tick += 1) await new Promise((resolve) => process.nextTick(resolve));
};

/*
 * pg-boss listens (at start) and stops listening (at stop) while its own and the application's queries are in
 * flight on PGlite's single connection. A LISTEN or UNLISTEN that went around the pool landed between the
 * messages of such a query: the query failed or took another statement's reply, and the database closed under
 * the rest of its messages, which left the process spinning inside the engine (the hang behind the insight
 * module's first merge). Each round starts the (UN)LISTEN a few microtasks later, so every gap between a
 * query's messages is tried.
 */
test('on PGlite, LISTEN and UNLISTEN wait for the queries in flight: every query gets its own answer', async () => {
  const handle = await openEmbeddedDatabase('memory://');
  try {
    const adapter = embeddedDatabase(handle);
    const heard: string[] = [];
    for (let delay = 0; delay < 40; delay += 1) {
      const channel = `round_${delay}`;
      const listening = adapter.executeSql('select $1::int * 2 as doubled', [delay]);
      await ticks(delay);
      const { close } = await adapter.listen!(
        channel,
        (payload) => heard.push(payload),
        () => {},
      );
      assert.equal(
        ((await listening).rows[0] as { doubled: number }).doubled,
        delay * 2,
        `LISTEN after ${delay} ticks`,
      );
      await adapter.executeSql(`select pg_notify('${channel}', '${delay}')`);
      const unlistening = adapter.executeSql('select $1::text as echoed', [`${delay}`]);
      await ticks(delay);
      await close();
      assert.equal(
        ((await unlistening).rows[0] as { echoed: string }).echoed,
        `${delay}`,
        `UNLISTEN after ${delay} ticks`,
      );
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(heard.length, 40, 'each round heard its own notification');
  } finally {
    await handle.close();
  }
});
