import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FieldProblem } from '#platform/http/problem.ts';
import type { SystemInput } from './system-input.ts';
import type { ItSystem } from './system.types.ts';

/**
 * OS2kitos's API v2 JSON for IT systems (`GET /api/v2/it-systems`, ItSystemResponseDTO) and the municipality's
 * usages of them (`GET /api/v2/it-system-usages`, ItSystemUsageResponseDTO), as one file: `{ itSystems, itSystemUsages }`.
 * Only the fields the register maps are read (see docs/governance.md); others are allowed and ignored. Enum values
 * are read case-insensitively (`Operational`, `operational`).
 */
const namePair = z.object({ uuid: z.string().optional(), name: z.string() }).passthrough();
const choice = z.string().max(100);

export const KitosSystem = z
  .object({
    uuid: z.string().min(1).max(100),
    name: z.string().min(1).max(500),
    description: z.string().max(5000).nullish(),
    kle: z.array(namePair).max(500).nullish(),
    rightsHolder: z
      .object({ name: z.string().max(500) })
      .passthrough()
      .nullish(),
    deactivated: z.boolean().nullish(),
  })
  .passthrough();

export const KitosUsage = z
  .object({
    uuid: z.string().min(1).max(100),
    systemContext: namePair.extend({ uuid: z.string().min(1).max(100) }),
    general: z
      .object({
        localCallName: z.string().max(500).nullish(),
        numberOfExpectedUsers: z
          .object({ lowerBound: z.number().int().min(0), upperBound: z.number().int().min(0).nullish() })
          .nullish(),
        validity: z.object({ valid: z.boolean().nullish(), lifeCycleStatus: choice.nullish() }).passthrough().nullish(),
      })
      .passthrough()
      .nullish(),
    gdpr: z
      .object({
        businessCritical: choice.nullish(),
        hostedAt: choice.nullish(),
        dataSensitivityLevels: z.array(choice).max(10).nullish(),
        specificPersonalData: z.array(choice).max(10).nullish(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();

export const KitosFile = z.object({
  itSystems: z.array(KitosSystem).max(10_000),
  itSystemUsages: z.array(KitosUsage).max(10_000),
});
export type KitosFile = z.infer<typeof KitosFile>;

const lower = (value: string | null | undefined) => (value ?? '').toLowerCase();

const lifecycleFromKitos: Record<string, string> = {
  undecided: 'planned',
  notinuse: 'retired',
  phasingin: 'phasing-in',
  operational: 'operation',
  phasingout: 'phasing-out',
};
const lifecycleToKitos: Record<string, string> = {
  planned: 'Undecided',
  'phasing-in': 'PhasingIn',
  operation: 'Operational',
  'phasing-out': 'PhasingOut',
  retired: 'NotInUse',
};
const hostingFromKitos: Record<string, string> = { onpremise: 'in-house', external: 'cloud', hybrid: 'hybrid' };
const hostingToKitos: Record<string, string> = {
  'in-house': 'OnPremise',
  outsourced: 'External',
  cloud: 'External',
  hybrid: 'Hybrid',
};
const bandBounds: Record<string, { lowerBound: number; upperBound: number | null }> = {
  '1-10': { lowerBound: 1, upperBound: 10 },
  '11-50': { lowerBound: 11, upperBound: 50 },
  '51-250': { lowerBound: 51, upperBound: 250 },
  '251-1000': { lowerBound: 251, upperBound: 1000 },
  '1000+': { lowerBound: 1001, upperBound: null },
};

function usersBand(users: { lowerBound: number; upperBound?: number | null } | null | undefined): string {
  const top = users ? (users.upperBound ?? Number.POSITIVE_INFINITY) : 10;
  if (top <= 10) return '1-10';
  if (top <= 50) return '11-50';
  if (top <= 250) return '51-250';
  if (top <= 1000) return '251-1000';
  return '1000+';
}

function personalData(gdpr: z.infer<typeof KitosUsage>['gdpr']): string {
  const specific = (gdpr?.specificPersonalData ?? []).map(lower);
  const levels = (gdpr?.dataSensitivityLevels ?? []).map(lower);
  if (specific.includes('cprnumber')) return 'cpr';
  if (levels.includes('sensitivedata') || levels.includes('legaldata')) return 'sensitive';
  if (levels.includes('persondata')) return 'ordinary';
  return 'none';
}

/**
 * KITOS's usages as the register's new systems, or every problem by JSON path: a usage whose system is not in the
 * file, a system without a rightsholder (the supplier), a name twice. Nothing is guessed silently.
 */
export function systemsFromKitos(file: KitosFile): { systems: SystemInput[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const byUuid = new Map(file.itSystems.map((system) => [lower(system.uuid), system]));
  const systems: SystemInput[] = [];
  file.itSystemUsages.forEach((usage, index) => {
    const system = byUuid.get(lower(usage.systemContext.uuid));
    if (!system) {
      problems.push({
        field: `itSystemUsages.${index}.systemContext`,
        key: 'governance.kitos.unknownSystem',
        values: { uuid: usage.systemContext.uuid, name: usage.systemContext.name },
      });
      return;
    }
    const supplier = system.rightsHolder?.name?.trim() ?? '';
    if (!supplier)
      problems.push({
        field: `itSystems.${file.itSystems.indexOf(system)}.rightsHolder`,
        key: 'governance.kitos.noRightsHolder',
        values: { name: system.name },
      });
    const status = lower(usage.general?.validity?.lifeCycleStatus);
    systems.push({
      name: (usage.general?.localCallName || system.name).trim(),
      supplier,
      description: system.description ?? '',
      lifecycle: lifecycleFromKitos[status] ?? (usage.general?.validity?.valid === false ? 'retired' : 'operation'),
      criticality: lower(usage.gdpr?.businessCritical) === 'yes' ? 'high' : 'medium',
      hosting: hostingFromKitos[lower(usage.gdpr?.hostedAt)] ?? 'outsourced',
      personalData: personalData(usage.gdpr),
      usersBand: usersBand(usage.general?.numberOfExpectedUsers),
      departmentCodes: [],
      kle: (system.kle ?? []).map((pair) => pair.name.trim()).filter((code) => /^\d{2}(\.\d{2}){0,2}$/.test(code)),
    });
  });
  const seen = new Set<string>();
  systems.forEach((system, index) => {
    const key = system.name.toLowerCase();
    if (seen.has(key))
      problems.push({ field: `itSystemUsages.${index}`, key: 'governance.kitos.twice', values: { name: system.name } });
    seen.add(key);
  });
  return { systems, problems };
}

/** A stable uuid for a system's usage (KITOS keeps the system and its usage apart; Raadhus has one id for both). */
const usageUuid = (systemId: string) => {
  const hex = createHash('sha1').update(`raadhus-usage:${systemId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** The register as KITOS's API v2 JSON: each system (ItSystemResponseDTO) and its usage (ItSystemUsageResponseDTO). */
export function systemsToKitos(systems: readonly ItSystem[]) {
  return {
    itSystems: systems.map((system) => ({
      uuid: system.id,
      name: system.name,
      description: system.description,
      kle: system.kle.map((code) => ({ name: code })),
      rightsHolder: { name: system.supplier },
      deactivated: system.lifecycle === 'retired',
    })),
    itSystemUsages: systems.map((system) => ({
      uuid: usageUuid(system.id),
      systemContext: { uuid: system.id, name: system.name },
      general: {
        localCallName: system.name,
        numberOfExpectedUsers: bandBounds[system.usersBand],
        validity: { valid: system.lifecycle !== 'retired', lifeCycleStatus: lifecycleToKitos[system.lifecycle] },
      },
      gdpr: {
        businessCritical: system.criticality === 'high' || system.criticality === 'critical' ? 'Yes' : 'No',
        hostedAt: hostingToKitos[system.hosting],
        dataSensitivityLevels:
          system.personalData === 'none'
            ? ['None']
            : system.personalData === 'ordinary' || system.personalData === 'cpr'
              ? ['PersonData']
              : ['SensitiveData'],
        specificPersonalData: system.personalData === 'cpr' ? ['CprNumber'] : [],
      },
      roles: system.roles.map((holder) => ({
        role: { name: holder.role },
        user: { uuid: holder.staffId, name: holder.name },
      })),
    })),
  };
}
