import type { Principal } from '#platform/auth/principal.ts';

/** The system itself: automatic transitions, and the letters and reminders of transitions taken by citizens, businesses and other systems. */
export const systemActor: Principal = {
  kind: 'client',
  id: 'cases-workflow',
  name: 'Sagssystemet',
  roles: ['integration'],
  scopes: ['post:send', 'notify:remind'],
};
