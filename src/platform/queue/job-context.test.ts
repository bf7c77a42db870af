import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentJob, runAsJob } from './job-context.ts';

test('the job a piece of code runs for is known across awaits, and only inside its run', async () => {
  assert.equal(currentJob(), undefined);
  const seen = await Promise.all([
    runAsJob('post.bulk-letter-chunk', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return currentJob();
    }),
    runAsJob('notify.on.post.message-sent', async () => {
      await Promise.resolve();
      return currentJob();
    }),
  ]);
  assert.deepEqual(seen, ['post.bulk-letter-chunk', 'notify.on.post.message-sent']);
  assert.equal(currentJob(), undefined);
});
