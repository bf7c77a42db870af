import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import type { Principal } from '#platform/auth/principal.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { MailboxService } from './mailbox.service.ts';
import type { PostDependencies } from './post.types.ts';
import { caseworkerPrincipal, countRows, demoCpr, personId } from './test-support/post-test-helpers.ts';

/** The inbox page's reads: what it shows, in two statements (issue 14: it was four). */
let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

/** A mailbox service whose statements are counted (departments come from identity's cache, never a statement). */
function countedMailboxes(): { mailboxes: MailboxService; statements: () => number } {
  let statements = 0;
  // counted as results come back: once per statement sent (transformQuery also sees each subquery)
  const counter: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      statements++;
      return args.result;
    },
  };
  const { post } = app.raadhus.services;
  // a mailbox read uses the database and the presenter only
  const deps = { db: app.raadhus.database.db.withPlugin(counter) } as PostDependencies;
  return { mailboxes: new MailboxService(deps, post.presenter), statements: () => statements };
}

const citizen = (id: string): Principal => ({ kind: 'citizen', id, name: 'x', roles: ['citizen'] });

test('the inbox of a citizen with letters: its page, unread count and sign-up state in two statements', async () => {
  const { post } = app.raadhus.services;
  const owner = await personId(app.raadhus, demoCpr(3));
  const actor = await caseworkerPrincipal(app.raadhus);
  const stamp = randomUUID().slice(0, 8);
  const { mailboxes, statements } = countedMailboxes();
  const before = await mailboxes.mailbox(citizen(owner), { folder: 'inbox', page: 1 });
  for (const subject of [`Første brev ${stamp}`, `Andet brev ${stamp}`])
    await post.sendLetter(app.raadhus.database.db, actor, { recipient: { personId: owner }, subject, body: 'Tekst' });
  const first = (await mailboxes.mailbox(citizen(owner), { folder: 'inbox', page: 1 })).messages.find(
    (message) => message.subject === `Første brev ${stamp}`,
  );
  await post.openMessage(citizen(owner), first!.id); // reading it marks it read

  const counted = statements();
  const page = await mailboxes.mailbox(citizen(owner), { folder: 'inbox', search: stamp, page: 1 });
  assert.equal(statements() - counted, 2, 'the list, and the unread count with the sign-up state');
  assert.deepEqual(
    page.messages.map((message) => [message.subject, message.unread, message.departmentName.da]),
    [
      [`Andet brev ${stamp}`, true, 'Ydelser og Pension'],
      [`Første brev ${stamp}`, false, 'Ydelser og Pension'],
    ],
  );
  assert.equal(page.unread, before.unread + 1);
  assert.equal(page.hasNext, false);
  assert.deepEqual(page.registration, before.registration);

  await post.registrations.setRegistration(citizen(owner), 'withdrawn');
  const withdrawn = await mailboxes.mailbox(citizen(owner), { folder: 'archive', page: 1 });
  assert.equal(withdrawn.registration.status, 'withdrawn');
  assert.ok(withdrawn.registration.recordedAt instanceof Date);
  assert.deepEqual(withdrawn.messages, [], 'nothing archived');
  assert.equal(withdrawn.unread, before.unread + 1, 'the unread count is the inbox’s, whichever folder is shown');
});

test('a citizen without a mailbox yet: an empty page, not signed up, two statements and nothing written', async () => {
  const { mailboxes, statements } = countedMailboxes();
  const mailboxesBefore = await countRows(app.raadhus, 'post_mailboxes');
  const page = await mailboxes.mailbox(citizen(randomUUID()), { folder: 'inbox', page: 1 });
  assert.equal(statements(), 2);
  assert.equal(await countRows(app.raadhus, 'post_mailboxes'), mailboxesBefore, 'a read creates no mailbox');
  assert.deepEqual(
    { messages: page.messages, unread: page.unread, registration: page.registration, hasNext: page.hasNext },
    { messages: [], unread: 0, registration: { status: 'not_signed_up', recordedAt: null }, hasNext: false },
  );
});
