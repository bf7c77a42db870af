import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ConfigSchema } from '#src/config.ts';

test('.env.example is generated from the config schema and documents every variable', () => {
  const generated = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/env-example.ts'], { encoding: 'utf8' });
  assert.equal(readFileSync('.env.example', 'utf8'), generated, 'run `npx tsx scripts/env-example.ts > .env.example`');
  for (const name of Object.keys(ConfigSchema.shape)) {
    const block = generated.split('\n\n').find((part) => part.includes(`# ${name}=`));
    assert.ok(block, `${name} is in .env.example`);
    assert.match(block!.split('\n')[0], /^# \S/, `${name} has a description`);
  }
});
