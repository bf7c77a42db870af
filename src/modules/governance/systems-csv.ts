import type { ItSystem } from './system.types.ts';

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
// a cell starting with = + - @ would be read as a formula by a spreadsheet: prefix it so it stays text
const cell = (value: string) => quote(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const header = [
  'id',
  'name',
  'supplier',
  'lifecycle',
  'criticality',
  'hosting',
  'personal_data',
  'users',
  'departments',
  'kle',
  'system_owners',
];

/** The register as CSV (codes, not texts, so a spreadsheet or OS2kitos mapping reads it the same in any language). */
export function systemsCsv(systems: readonly ItSystem[]): string {
  const rows = systems.map((system) =>
    [
      system.id,
      system.name,
      system.supplier,
      system.lifecycle,
      system.criticality,
      system.hosting,
      system.personalData,
      system.usersBand,
      system.departmentCodes.join(' '),
      system.kle.join(' '),
      system.owners.join('; '),
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
