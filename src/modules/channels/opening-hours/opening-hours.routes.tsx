import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { channelsPaths } from '../views/paths.ts';
import { ClosureFormPage, OpeningHoursFormPage, OpeningHoursPage } from '../views/admin/opening-hours-pages.tsx';
import type { OpeningHoursService } from './opening-hours.service.ts';
import type { HoursForm } from './opening-hours.ts';

const admin = { config: { permission: 'channels:service-level-admin' } } as const;
const ListQuery = z.object({ saved: z.enum(['version', 'closure']).optional() }).catch({});
const versionFields = [
  'placeCode',
  'nameDa',
  'nameEn',
  'channel',
  'validFrom',
  ...[1, 2, 3, 4, 5, 6, 7].map((d) => `day${d}`),
];
const closureFields = ['placeCode', 'from', 'to', 'reasonDa', 'reasonEn'];

/** The posted fields named, every value trimmed text (at most 200 characters); others ignored. */
const readForm = (body: unknown, fields: readonly string[]): HoursForm => {
  const values = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((name) => [name, typeof values[name] === 'string' ? (values[name] as string).trim().slice(0, 200) : '']),
  );
};

/** Administrators: opening hours per place, in versions, and closures. */
export function registerOpeningHoursRoutes(app: FastifyInstance, hours: OpeningHoursService): void {
  app.get(channelsPaths.openingHours, admin, async (request, reply) => {
    const { saved } = ListQuery.parse(request.query ?? {});
    const places = await hours.places();
    return reply.page(() => <OpeningHoursPage places={places} saved={saved} />);
  });

  app.get(channelsPaths.newOpeningHours, admin, async (_request, reply) => {
    const form = { ...readForm({}, versionFields), channel: 'attendance', validFrom: danishDay() };
    return reply.page(() => <OpeningHoursFormPage form={form} />);
  });

  app.post(channelsPaths.openingHours, admin, async (request, reply) => {
    const form = readForm(request.body, versionFields);
    const outcome = await attemptForm(() => hours.addVersion(request.principal!, form));
    if (outcome.ok) return reply.redirect(`${channelsPaths.openingHours}?saved=version`, 303);
    return reply.page(() => <OpeningHoursFormPage form={form} errors={outcome.errors} />, 400);
  });

  app.get(channelsPaths.newClosure, admin, async (_request, reply) => {
    const places = await hours.places();
    const form = readForm({}, closureFields);
    return reply.page(() => <ClosureFormPage form={form} places={places} />);
  });

  app.post(channelsPaths.closures, admin, async (request, reply) => {
    const form = readForm(request.body, closureFields);
    const outcome = await attemptForm(() => hours.addClosure(request.principal!, form));
    if (outcome.ok) return reply.redirect(`${channelsPaths.openingHours}?saved=closure`, 303);
    const places = await hours.places();
    return reply.page(() => <ClosureFormPage form={form} places={places} errors={outcome.errors} />, 400);
  });
}
