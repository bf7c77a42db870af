import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import type { EventDefinition } from '#platform/events/event.ts';
import { postEvents } from './post/post.events.ts';
import { notifyEvents } from './notify/notify.events.ts';
import { casesEvents } from './cases/cases.events.ts';
import { selfserviceEvents } from './selfservice/selfservice.events.ts';
import { channelsEvents } from './channels/channels.events.ts';
import { frontdeskEvents } from './frontdesk/frontdesk.events.ts';

/** Every event the modules publish, by the module that owns it. */
const byModule: Record<string, EventDefinition[]> = {
  post: postEvents,
  notify: notifyEvents,
  cases: casesEvents,
  selfservice: selfserviceEvents,
  channels: channelsEvents,
  frontdesk: [...frontdeskEvents],
};
const all = Object.values(byModule).flat();

/** Field names that would carry personal data or content: a CPR/CVR number, a body, a text, a name or an address. */
const forbidden = /cpr|cvr|body|text|subject|title|note|address|phone|e-?mail|name|answer/i;

/** Every field name in a schema, nested objects and arrays included. */
function fieldNames(schema: z.ZodType, prefix = ''): string[] {
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [
      `${prefix}${key}`,
      ...fieldNames(field, `${prefix}${key}.`),
    ]);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return fieldNames(schema.unwrap() as z.ZodType, prefix);
  if (schema instanceof z.ZodArray) return fieldNames(schema.element as z.ZodType, prefix);
  return [];
}

test('the events the issue names are all declared, each with a version and a unique name', () => {
  const names = all.map((event) => event.name);
  assert.equal(new Set(names).size, names.length);
  for (const name of [
    'post.message-sent',
    'post.message-read',
    'post.message-delivered',
    'post.reply-received',
    'selfservice.started',
    'selfservice.submitted',
    'selfservice.abandoned',
    'cases.case-created',
    'cases.state-changed',
    'cases.case-closed',
    'cases.deadline-missed',
    'notify.delivered',
    'notify.failed',
  ])
    assert.ok(names.includes(name), `${name} is declared`);
  for (const [module, events] of Object.entries(byModule))
    for (const event of events) {
      assert.ok(event.name.startsWith(`${module}.`), `${event.name} is declared by ${module}`);
      assert.ok(Number.isInteger(event.version) && event.version >= 1);
    }
});

test('no event payload has a field named like a CPR number, a body or a text', () => {
  for (const event of all) {
    const fields = fieldNames(event.payload);
    assert.ok(fields.length > 0, `${event.name} has fields`);
    const bad = fields.filter((field) => forbidden.test(field.split('.').at(-1)!));
    assert.deepEqual(bad, [], `${event.name} has no personal or content fields`);
  }
});

test('every event payload is strict: a field the schema does not name is refused', () => {
  for (const event of all) {
    assert.ok(event.payload instanceof z.ZodObject, `${event.name} is an object schema`);
    const result = event.payload.safeParse({ cpr: '0101500100' });
    assert.equal(result.success, false);
    const keys = result.error!.issues.filter((issue) => issue.code === 'unrecognized_keys');
    assert.equal(keys.length, 1, `${event.name} refuses an unknown field`);
  }
});
