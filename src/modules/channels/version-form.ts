import { channelCodes } from './channel-codes.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import type { NewVersionInput, StrategyVersion } from './strategy-version.ts';
import type { VersionForm } from './views/admin/version-form.tsx';

/** Kroner as typed ("45", "45,50", "45.5") in øre; NaN when it is not an amount. */
export function kronerToOre(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 100);
}

const percent = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The form for a new version, filled from the version in force (from tomorrow). */
export function versionFormFrom(current: StrategyVersion | undefined): VersionForm {
  const rows: VersionForm['rows'] = {};
  for (const channel of channelCodes) {
    const row = current?.channels.find((entry) => entry.channel === channel);
    rows[channel] = {
      offered: row?.offered ?? false,
      cost: row ? (row.unitCostOre / 100).toFixed(2) : '0',
      target: String(row?.targetPercent ?? 0),
    };
  }
  return { validFrom: addDays(danishDay(), 1), desiredChannel: current?.desiredChannel ?? 'selfservice', rows };
}

/** The posted form as typed (to show again) and as a version input (to check and store). */
export function readVersionForm(body: Record<string, unknown>): { form: VersionForm; input: NewVersionInput } {
  const value = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 40) : '');
  const rows: VersionForm['rows'] = {};
  for (const channel of channelCodes)
    rows[channel] = {
      offered: !!value(`offered-${channel}`),
      cost: value(`cost-${channel}`),
      target: value(`target-${channel}`),
    };
  const form = { validFrom: value('validFrom').trim(), desiredChannel: value('desiredChannel'), rows };
  const input: NewVersionInput = {
    validFrom: form.validFrom,
    desiredChannel: form.desiredChannel,
    channels: channelCodes.map((channel) => ({
      channel,
      offered: rows[channel].offered,
      unitCostOre: kronerToOre(rows[channel].cost || '0'),
      targetPercent: percent(rows[channel].target || '0'),
    })),
  };
  return { form, input };
}
