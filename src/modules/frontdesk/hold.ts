import type { HoldRow } from './repository/hold.repository.ts';

/** How long a chosen time is held for the citizen to confirm it. */
export const holdMinutes = 10;
/** How long a cancelled visit still holds its counter before others may book it. */
export const quarantineMinutes = 15;

/** A slot held for a citizen while they confirm (never the row). */
export interface Hold {
  id: string;
  serviceCode: string;
  locationCode: string;
  persons: number;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
}

export const toHold = (row: HoldRow): Hold => ({
  id: row.id,
  serviceCode: row.service_code,
  locationCode: row.location_code,
  persons: row.persons,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  expiresAt: row.expires_at,
});

/** When the hold was taken (its expiry less the minutes a hold lasts). */
export const heldAt = (hold: Hold): Date => new Date(hold.expiresAt.getTime() - holdMinutes * 60_000);

export const minutesAfter = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * 60_000);
