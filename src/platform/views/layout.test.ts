import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentMenuItem } from './layout.tsx';

test('the current menu item is the longest one the path falls under', () => {
  const menu = [
    { href: '/my', label: '' },
    { href: '/my/cases', label: '' },
    { href: '/post', label: '' },
    { href: '/', label: '' },
  ];
  const cases: Array<[string, string | undefined]> = [
    ['/my', '/my'],
    ['/my/cases', '/my/cases'],
    ['/my/cases/123', '/my/cases'],
    ['/my/contact', '/my'],
    ['/post/messages/1', '/post'],
    ['/postal', undefined],
    ['/', '/'],
    ['/staff', undefined],
  ];
  for (const [path, expected] of cases) assert.equal(currentMenuItem(path, menu), expected, path);
});
