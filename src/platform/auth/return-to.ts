/**
 * Only a path on our own site: resolved against the public URL, the same origin required, and no control
 * characters or backslashes (browsers drop tabs and newlines and read `\` as `/`, which turns `/<tab>/host` into
 * `//host`). The result is percent-encoded, so it is always a valid Location header.
 */
export function safeReturnTo(value: string | undefined, publicUrl: string): string | undefined {
  if (!value?.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) return undefined;
  const base = new URL(publicUrl);
  const url = URL.parse(value, base);
  if (!url || url.origin !== base.origin) return undefined;
  const local = `${url.pathname}${url.search}${url.hash}`;
  return local.startsWith('//') ? undefined : local;
}
