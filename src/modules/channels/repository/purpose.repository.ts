import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { ChannelCode } from '../channel-codes.ts';
import type { StrategyChannel, StrategyVersion } from '../strategy-version.ts';
import type { ChannelsTables, PurposeTable } from './channels.tables.ts';

export const tables = (executor: Executor) => executor.withTables<ChannelsTables>();
export type PurposeRow = Omit<PurposeTable, 'created_at'>;

export async function listPurposes(executor: Executor): Promise<PurposeRow[]> {
  return tables(executor).selectFrom('channels_purposes').selectAll().orderBy('name_da').execute();
}

/** Adds the purposes whose codes are not in use, in one statement; returns the codes added. */
export async function insertPurposes(executor: Executor, rows: readonly PurposeRow[]): Promise<string[]> {
  const added = await tables(executor)
    .insertInto('channels_purposes')
    .values([...rows])
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returning('code')
    .execute();
  return added.map((row) => row.code);
}

/** Adds a purpose unless one with its code exists; true when added. */
export async function insertPurpose(executor: Executor, row: PurposeRow): Promise<boolean> {
  const added = await tables(executor)
    .insertInto('channels_purposes')
    .values(row)
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returning('code')
    .executeTakeFirst();
  return !!added;
}

/** Every version of the given purposes (all when none given), oldest first, with their channels. */
export async function listVersions(executor: Executor, purposeCodes?: readonly string[]): Promise<StrategyVersion[]> {
  if (purposeCodes?.length === 0) return [];
  let query = tables(executor)
    .selectFrom('channels_strategy_versions')
    .select(['id', 'purpose_code', 'desired_channel', sql<string>`valid_from::text`.as('valid_from')])
    .orderBy('valid_from');
  if (purposeCodes) query = query.where('purpose_code', 'in', purposeCodes);
  const versions = await query.execute();
  if (versions.length === 0) return [];
  const channels = await tables(executor)
    .selectFrom('channels_strategy_channels')
    .selectAll()
    .where(
      'version_id',
      'in',
      versions.map((version) => version.id),
    )
    .execute();
  return versions.map((version) => ({
    id: version.id,
    purposeCode: version.purpose_code,
    validFrom: version.valid_from,
    desiredChannel: version.desired_channel as ChannelCode,
    channels: channels
      .filter((row) => row.version_id === version.id)
      .map((row) => ({
        channel: row.channel as ChannelCode,
        offered: row.offered,
        unitCostOre: row.unit_cost_ore,
        targetPercent: row.target_percent,
      })),
  }));
}

export async function insertVersion(
  executor: Executor,
  version: { purposeCode: string; validFrom: string; desiredChannel: string; createdBy: string | null },
  channels: readonly StrategyChannel[],
): Promise<string> {
  const { id } = await tables(executor)
    .insertInto('channels_strategy_versions')
    .values({
      purpose_code: version.purposeCode,
      valid_from: version.validFrom,
      desired_channel: version.desiredChannel,
      created_by: version.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tables(executor)
    .insertInto('channels_strategy_channels')
    .values(
      channels.map((row) => ({
        version_id: id,
        channel: row.channel,
        offered: row.offered,
        unit_cost_ore: row.unitCostOre,
        target_percent: row.targetPercent,
      })),
    )
    .execute();
  return id;
}
