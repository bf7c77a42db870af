import { readFile, readdir } from 'node:fs/promises';

/** The official schema set, loaded once: the core for the document's version plus the schemas it imports. */
export interface SchemaSet {
  core: { fileName: string; contents: string };
  imported: Array<{ fileName: string; contents: string }>;
}

const folder = new URL('./schema/official/', import.meta.url);
let loaded: Promise<Record<'1.1' | '1.2', SchemaSet>> | undefined;

/** `1.1` validates against `MeMo_core.xsd` (memoSchVersion required); everything else against the 1.2 core. */
export async function officialSchema(version: '1.1' | '1.2'): Promise<SchemaSet> {
  loaded ??= load();
  return (await loaded)[version];
}

async function load(): Promise<Record<'1.1' | '1.2', SchemaSet>> {
  const read = async (fileName: string) => ({ fileName, contents: await readFile(new URL(fileName, folder), 'utf8') });
  const names = (await readdir(folder)).filter((name) => name.endsWith('.xsd') && name !== 'MeMo_core.xsd');
  // the 1.2 core imports `../MeMo_kle.xsd` and so on: in xmllint's in-memory file system these sit at the root
  const imported = await Promise.all(names.map(read));
  return {
    '1.1': { core: await read('MeMo_core.xsd'), imported },
    '1.2': { core: await read('Version1.2/MeMo_core.xsd'), imported },
  };
}
