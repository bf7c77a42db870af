import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './notify.repository.ts';
import { defaultTemplates } from './default-templates.ts';
import {
  allowedPlaceholders,
  channels,
  renderTemplate,
  templateKinds,
  validateTemplate,
  type Channel,
  type TemplateKind,
  type TemplateProblem,
} from './template-render.ts';

export interface TemplateKey {
  kind: TemplateKind;
  channel: Channel;
  locale: 'da' | 'en';
}
export interface TemplateView extends TemplateKey {
  subject: string;
  body: string;
  placeholders: readonly string[];
  updatedAt: Date;
}

const CACHE_MS = 30_000;

const toTemplate = (row: repository.TemplateRow): TemplateView => ({
  kind: row.kind,
  channel: row.channel,
  locale: row.locale,
  subject: row.subject,
  body: row.body,
  placeholders: allowedPlaceholders[row.kind],
  updatedAt: row.updated_at,
});

export function parseTemplateKey(kind: string, channel: string, locale: string): TemplateKey {
  if (
    !(templateKinds as readonly string[]).includes(kind) ||
    !(channels as readonly string[]).includes(channel) ||
    (locale !== 'da' && locale !== 'en')
  )
    throw new HttpProblem(404, 'error.404.text');
  return { kind: kind as TemplateKind, channel: channel as Channel, locale };
}

/** The notification templates: administrators edit them; the delivery code renders them. */
export class TemplateService {
  /** rendered far more often than edited: kept in memory for a short while (other processes see a save within CACHE_MS) */
  private cache = new Map<string, { row: repository.TemplateRow; at: number }>();

  constructor(private readonly db: Database) {}

  async seedDefaults(): Promise<void> {
    for (const template of defaultTemplates) await repository.insertDefaultTemplate(this.db, template);
  }

  async list(actor: Principal): Promise<TemplateView[]> {
    assertCan(actor, 'notify:admin');
    return (await repository.listTemplates(this.db)).map(toTemplate);
  }

  async get(actor: Principal, key: TemplateKey): Promise<TemplateView> {
    assertCan(actor, 'notify:admin');
    const row = await repository.findTemplate(this.db, key.kind, key.channel, key.locale);
    if (!row) throw new HttpProblem(404, 'error.404.text');
    return toTemplate(row);
  }

  /** Saves a template unless it names a placeholder its kind does not have (or is empty, too long, or holds a CPR-like number). */
  async save(
    actor: Principal,
    key: TemplateKey,
    input: { subject: string; body: string },
  ): Promise<{ ok: true } | { ok: false; problems: TemplateProblem[] }> {
    assertCan(actor, 'notify:admin');
    const template = {
      subject: key.channel === 'email' ? input.subject.trim() : '',
      body: input.body.replace(/\r\n/g, '\n').trim(),
    };
    const problems = validateTemplate(key.kind, key.channel, template);
    if (problems.length) return { ok: false, problems };
    const updated = await repository.updateTemplate(this.db, key, { ...template, updatedBy: actor.name });
    if (!updated.numUpdatedRows) throw new HttpProblem(404, 'error.404.text');
    this.cache.clear();
    return { ok: true };
  }

  async render(
    key: TemplateKey,
    values: Record<string, string | undefined>,
    executor: Executor = this.db,
  ): Promise<{ subject: string; text: string }> {
    const cacheKey = `${key.kind}/${key.channel}/${key.locale}`;
    const cached = this.cache.get(cacheKey);
    let row = cached && Date.now() - cached.at < CACHE_MS ? cached.row : undefined;
    if (!row) {
      row = await repository.findTemplate(executor, key.kind, key.channel, key.locale);
      if (!row) throw new Error(`template missing: ${cacheKey}`);
      this.cache.set(cacheKey, { row, at: Date.now() });
    }
    return { subject: renderTemplate(row.subject, values), text: renderTemplate(row.body, values) };
  }
}
