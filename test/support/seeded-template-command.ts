/**
 * `build`: seeds this run's template (seeded-template.ts) and prints its name; `drop NAME`: removes it and every copy.
 * Run by scripts/test.mjs around the test files.
 */
import { danishDay } from '#platform/time/danish-day.ts';
import { queueSettled } from './db-snapshot.ts';
import { dropTemplate, newTemplateName, templateEnv } from './seeded-template.ts';
import { startTestApp } from './test-app.ts';

const [command, name] = process.argv.slice(2);
if (command === 'build') {
  const template = newTemplateName();
  const app = await startTestApp(await templateEnv(template));
  // the demo data's letters, notifications and case events are handled before the copy is taken: no job is
  // left running in it (a copied 'active' job would wait for its expiry)
  await queueSettled(app.raadhus.database.db, 120_000);
  await app.close();
  // the name, and the Danish day it was seeded on
  process.stdout.write(`${template} ${danishDay()}`);
} else if (command === 'drop' && name) {
  await dropTemplate(name);
} else {
  console.error('usage: seeded-template-command.ts build | drop NAME');
  process.exit(2);
}
