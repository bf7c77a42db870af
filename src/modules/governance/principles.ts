import type { PrincipleTable } from './repository/governance.tables.ts';

/**
 * The architecture principles Raadhus ships, after the common public digital architecture (Fællesoffentlig Digital
 * Arkitektur) and the strategy's own: open architecture, open standards, exchange with citizens and other
 * authorities, reuse of common components, security and privacy by design. Added once; a municipality's own
 * changes are kept.
 */
export const shippedPrinciples: PrincipleTable[] = [
  { code: 'open-standards', position: 1, name_da: 'Åbne standarder', name_en: 'Open standards' },
  {
    code: 'open-architecture',
    position: 2,
    name_da: 'Åben arkitektur uden binding til én leverandør',
    name_en: 'Open architecture without lock-in to one supplier',
  },
  {
    code: 'common-components',
    position: 3,
    name_da: 'Genbrug af fælles komponenter (MitID, NemLog-in, Digital Post)',
    name_en: 'Reuse of common components (MitID, NemLog-in, Digital Post)',
  },
  {
    code: 'data-exchange',
    position: 4,
    name_da: 'Data udveksles efter aftalte fællesoffentlige standarder',
    name_en: 'Data exchanged under agreed common public standards',
  },
  {
    code: 'citizen-exchange',
    position: 5,
    name_da: 'Digital udveksling med borgere, virksomheder og andre myndigheder',
    name_en: 'Digital exchange with citizens, businesses and other authorities',
  },
  {
    code: 'security-by-design',
    position: 6,
    name_da: 'Sikkerhed og privatliv indbygget fra start',
    name_en: 'Security and privacy by design',
  },
];
