import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNavigation, platformNavigation, type NavigationDeclaration } from './navigation.ts';

const post: NavigationDeclaration = {
  menu: { citizen: [{ href: '/post', label: 'post.nav' }] },
  myPage: [{ href: '/post', label: 'post.myPage.link', badge: async () => 1 }],
  staff: [{ href: '/staff/post', label: 'module.post', permission: 'post:read-department' }],
};

test('the navigation joins the declarations in order: the platform first, then the modules', () => {
  const navigation = buildNavigation([platformNavigation, post]);
  assert.deepEqual(
    navigation.menus.citizen.map((item) => item.href),
    ['/my', '/post'],
  );
  assert.deepEqual(
    navigation.menus.public.map((item) => item.href),
    ['/'],
  );
  assert.deepEqual(
    navigation.staff.map((link) => link.href),
    ['/admin/audit', '/staff/post'],
  );
  assert.equal(navigation.myPage[0].href, '/post');
});

test("each app gets its own lists: a second app never keeps the first one's links", () => {
  const first = buildNavigation([platformNavigation, post]);
  const second = buildNavigation([platformNavigation]);
  assert.equal(second.myPage.length, 0);
  assert.notEqual(first.menus.citizen, second.menus.citizen);
  assert.deepEqual(
    second.menus.citizen.map((item) => item.href),
    ['/my'],
  );
});

test('a link declared twice in one list is refused, naming it', () => {
  assert.throws(() => buildNavigation([platformNavigation, post, { myPage: [{ href: '/post', label: 'x' }] }]), {
    message: 'Navigation: /post declared twice in the my-page links',
  });
});

test('the staff menu is ordered as declared by `order`, and Administration appears for whoever may open an /admin page', () => {
  const navigation = buildNavigation([
    platformNavigation,
    { menu: { staff: [{ href: '/staff/post', label: 'module.post', permission: 'post:read-department', order: 20 }] } },
    { menu: { staff: [{ href: '/staff/cases', label: 'module.cases', permission: 'case:read', order: 10 }] } },
  ]);
  assert.deepEqual(
    navigation.menus.staff.map((item) => item.href),
    ['/staff', '/staff/cases', '/staff/post', '/admin'],
  );
  assert.deepEqual(navigation.menus.staff.at(-1)?.permission, ['audit:read']);
});
