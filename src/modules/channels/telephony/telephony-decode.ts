/** How an uploaded file's bytes were read. */
export type FileEncoding = 'utf-8' | 'windows-1252';

/**
 * Danish telephony exports are often Windows-1252 (Excel's "CSV (semikolonsepareret)"). A file that is not
 * valid UTF-8 is read as Windows-1252, so "kø" and "Borgerservice – pas" arrive as written, not as "k�".
 */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
