import type { Database } from '#platform/db/database.ts';
import type { ConsentEvent } from './notify.repository.ts';
import type { DeliveryService } from './delivery.service.ts';
import type { TemplateService } from './template.service.ts';
import type { Channel } from './template-render.ts';

/** An authority of the municipality that notifies people (its code and name). */
export interface Authority {
  code: string;
  name: { da: string; en: string };
}
export interface ContactPointView {
  channel: Channel;
  /** the verified address as shown to its owner */
  address: string | null;
  verifiedAt: Date | null;
  pendingAddress: string | null;
  codeExpiresAt: Date | null;
  attemptsLeft: number;
}
export interface ContactOverview {
  points: Record<Channel, ContactPointView | undefined>;
  preferences: Array<{ authority: Authority; sms: boolean; email: boolean }>;
  history: Array<{ event: ConsentEvent; channel: Channel; authorityCode: string | null; occurredAt: Date }>;
}

export type RegisterResult = { ok: true } | { ok: false; field: 'address'; messageKey: string; status: number };
export type VerifyResult = { ok: true } | { ok: false; messageKey: string; values?: Record<string, number> };

/** What the contact register needs. */
export interface ContactDeps {
  db: Database;
  delivery: DeliveryService;
  templates: TemplateService;
  /** the key of the one-time codes' hashes */
  codeSecret: string;
  listAuthorities(): Promise<Authority[]>;
}
