import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildOrder, ModuleGraphError, type ModuleNode } from './module-graph.ts';

const names = (nodes: ModuleNode[]) => buildOrder(nodes).map((node) => node.name);
const node = (name: string, ...requires: string[]): ModuleNode => ({ name, requires });

test('modules are built after the modules they require, otherwise in the order declared', () => {
  const cases: Array<[string, ModuleNode[], string[]]> = [
    ['no modules', [], []],
    ['independent modules keep their order', [node('a'), node('b'), node('c')], ['a', 'b', 'c']],
    [
      "today's five, declared in reverse",
      [
        node('selfservice', 'cases', 'post'),
        node('cases', 'identity', 'post', 'notify'),
        node('notify', 'identity', 'post'),
        node('post', 'identity'),
        node('identity'),
      ],
      ['identity', 'post', 'notify', 'cases', 'selfservice'],
    ],
    [
      'a diamond builds the shared module once',
      [node('d', 'b', 'c'), node('b', 'a'), node('c', 'a'), node('a')],
      ['a', 'b', 'c', 'd'],
    ],
  ];
  for (const [name, nodes, expected] of cases) assert.deepEqual(names(nodes), expected, name);
});

test('start-up is refused with the modules named: a cycle, a missing provider, a module declared twice', () => {
  const cases: Array<[string, ModuleNode[], string]> = [
    [
      'two-module cycle',
      [node('identity', 'post'), node('post', 'identity')],
      'module cycle: identity → post → identity',
    ],
    ['a module requiring itself', [node('post', 'post')], 'module cycle: post → post'],
    [
      'a longer cycle behind a healthy module',
      [node('identity'), node('post', 'identity', 'cases'), node('notify', 'post'), node('cases', 'notify')],
      'module cycle: post → cases → notify → post',
    ],
    [
      'missing provider',
      [node('identity'), node('cases', 'identity', 'notify')],
      'cases requires notify, which no module provides',
    ],
    ['declared twice', [node('post'), node('post')], 'module post is declared twice'],
  ];
  for (const [name, nodes, message] of cases)
    assert.throws(
      () => buildOrder(nodes),
      (error: Error) => error instanceof ModuleGraphError && error.message === message,
      name,
    );
});
