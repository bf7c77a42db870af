/**
 * The names browsers give uploaded files. Multipart bodies reach routes as plain key/value pairs (a file is its
 * Buffer), so the name the browser sent is remembered beside the Buffer here, for the request's lifetime.
 */
const names = new WeakMap<Buffer, string>();

/** The last path segment, without control characters, at most 150 characters: never a path to write to. */
export function safeUploadName(filename: string): string {
  const last = filename.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return last
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(-150);
}

export function rememberUploadName(content: Buffer, filename: string | undefined): void {
  const name = safeUploadName(filename ?? '');
  if (name) names.set(content, name);
}

/** The name the browser gave this uploaded file, if it gave one. */
export function uploadedFilename(content: Buffer): string | undefined {
  return names.get(content);
}
