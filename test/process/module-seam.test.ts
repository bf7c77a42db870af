import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { loadConfig } from '#src/config.ts';
import { createRaadhus } from '#src/app.ts';
import { defineModule, type ModuleDeclaration } from '#platform/module.ts';
import { modules } from '#modules/index.ts';
import { identityModule } from '#modules/identity/identity.module.ts';
import { postModule } from '#modules/post/post.module.ts';
import { casesModule } from '#modules/cases/cases.module.ts';
import { selfserviceModule } from '#modules/selfservice/selfservice.module.ts';

/** The app builds its modules from their declarations, and refuses to start on a graph it cannot build. */

const config = () => loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
const silent = pino({ level: 'silent' });

test('start-up is refused, naming the modules, when a required module is missing', async () => {
  await assert.rejects(createRaadhus(config(), silent, [identityModule, postModule, casesModule, selfserviceModule]), {
    message: 'cases requires notify, which no module provides',
  });
});

test('start-up is refused, naming the cycle, when modules require each other', async () => {
  // identity as it would be if it asked post for something, while post requires identity
  const identityAskingPost = defineModule({ ...identityModule, requires: ['post'] }) as unknown as ModuleDeclaration;
  await assert.rejects(createRaadhus(config(), silent, [identityAskingPost, ...modules.slice(1)]), {
    message: 'module cycle: identity → post → identity',
  });
});

test('every module declares its name, its requirements, its permissions and its texts in one place', () => {
  const names = modules.map((module) => module.name);
  assert.deepEqual(names, [
    'identity',
    'post',
    'notify',
    'cases',
    'selfservice',
    'channels',
    'frontdesk',
    'openness',
    'governance',
    'insight',
  ]);
  for (const module of modules) {
    assert.ok(Object.keys(module.permissions).length > 0, `${module.name} declares permissions`);
    assert.deepEqual(
      Object.keys(module.messages.da).sort(),
      Object.keys(module.messages.en).sort(),
      `${module.name} has the same texts in Danish and English`,
    );
    for (const required of module.requires) assert.ok(names.includes(required), `${module.name} → ${required}`);
  }
});
