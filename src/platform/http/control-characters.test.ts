import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findControlCharacter } from './control-characters.ts';

test('control characters: where each kind of text may hold which', () => {
  const cases: Array<[unknown, boolean, string | undefined]> = [
    ['plain text, æøå and €', false, undefined],
    ['a\u0000b', true, ''],
    ['line one\r\nline two\tindented', true, undefined],
    ['line one\nline two', false, ''],
    ['tab\there', false, ''],
    ['escape \u001b[31m', true, ''],
    ['vertical tab \u000b', true, ''],
    ['delete \u007f is not C0', false, undefined],
    [{ cpr: '0101500100', purpose: 'x\u0000' }, true, 'purpose'],
    [{ fields: { note: ['ok', 'bad\u0001'] } }, true, 'fields.note.1'],
    [{ 'key\u0000': 'value' }, true, 'key?'],
    [{ file: Buffer.from([0, 1, 2]), title: 'ok' }, true, undefined],
    [{ count: 3, flag: true, nothing: null }, false, undefined],
  ];
  for (const [input, multiLine, field] of cases)
    assert.equal(findControlCharacter(input, { multiLine })?.field, field, JSON.stringify(input));
});
