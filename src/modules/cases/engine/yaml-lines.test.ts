import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOfPath } from './yaml-lines.ts';

const text = [
  'code: x',
  'workflow:',
  '  states:',
  '    - id: a',
  '    - id: b',
  '  transitions:',
  '    - id: go',
  '      to: c',
].join('\n');

test('a definition path is found on its line; a missing tail falls back to the deepest part that exists', () => {
  const rows: Array<[string, number | undefined]> = [
    ['code', 1],
    ['workflow.states.1.id', 5],
    ['workflow.transitions.0.to', 8],
    ['workflow.transitions.0.guards', 7],
    ['', undefined],
  ];
  for (const [path, line] of rows) assert.equal(lineOfPath(text, path), line, path);
});

test('a YAML syntax error is placed on its line', () => {
  assert.equal(lineOfPath('code: x\nworkflow:\n  states: [a, b\n', 'anything'), 4);
});
