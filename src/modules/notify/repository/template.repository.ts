import type { Executor } from '#platform/db/database.ts';
import type { Channel, TemplateKind } from '../template-render.ts';
import { tables, type TemplateRow } from './notify.tables.ts';

// The notification templates, per kind, channel and language.

export const listTemplates = (executor: Executor) =>
  tables(executor)
    .selectFrom('notify_templates')
    .selectAll()
    .orderBy('kind')
    .orderBy('channel')
    .orderBy('locale')
    .execute();

export const findTemplate = (executor: Executor, kind: TemplateKind, channel: Channel, locale: 'da' | 'en') =>
  tables(executor)
    .selectFrom('notify_templates')
    .selectAll()
    .where('kind', '=', kind)
    .where('channel', '=', channel)
    .where('locale', '=', locale)
    .executeTakeFirst();

export const insertDefaultTemplate = (executor: Executor, row: Omit<TemplateRow, 'updated_at' | 'updated_by'>) =>
  tables(executor)
    .insertInto('notify_templates')
    .values({ ...row, updated_by: null })
    .onConflict((conflict) => conflict.columns(['kind', 'channel', 'locale']).doNothing())
    .execute();

export const updateTemplate = (
  executor: Executor,
  key: { kind: TemplateKind; channel: Channel; locale: 'da' | 'en' },
  change: { subject: string; body: string; updatedBy: string },
) =>
  tables(executor)
    .updateTable('notify_templates')
    .set({ subject: change.subject, body: change.body, updated_by: change.updatedBy, updated_at: new Date() })
    .where('kind', '=', key.kind)
    .where('channel', '=', key.channel)
    .where('locale', '=', key.locale)
    .executeTakeFirst();
