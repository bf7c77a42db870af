/** The namespace of MeMo (1.1 and 1.2 alike), as Digitaliseringsstyrelsen publishes it. */
export const MEMO_NAMESPACE = 'https://DigitalPost.dk/MeMo-1';
/** The version every export declares: the newest core schema (`schema/official/Version1.2/MeMo_core.xsd`). */
export const MEMO_EXPORT_VERSION = '1.2';

/** The namespaces a MeMo message uses, by the prefix the official examples give them. */
export const MEMO_NAMESPACES = {
  memo: MEMO_NAMESPACE,
  grd: 'https://data.gov.dk/model/core/',
  kle: 'http://kle-online.dk/',
  form: 'http://www.form-online.dk/',
  dmv: 'https://motorregister.skat.dk/',
  gln: 'https://www.gs1.dk/gs1-standarder/identifikation/gln-global-location-number/',
  udd: 'https://www.dst.dk/da/TilSalg/Forskningsservice/Dokumentation/hoejkvalitetsvariable/elevregister-2/udd#',
  sor: 'https://services.nsi.dk/en/Services/SOR',
} as const;
export type MemoPrefix = keyof typeof MEMO_NAMESPACES;

/** The root's namespace declarations, so any kept part (an address, KLE data) can be written back as it came. */
export const namespaceDeclarations = () =>
  Object.entries(MEMO_NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
