const verbs: Record<string, string> = { GET: 'get', POST: 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete' };

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The operationId of a route that declares none (`schema.operationId`), made from its method and path so that it is
 * stable, unique and URL safe: `GET /api/v1/bulk-letters/:id` → `getBulkLettersById`. Routes should name their
 * operation themselves (`sendMessage`): a generated client's method names are these.
 */
export function derivedOperationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v\d+\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', ...segment.slice(1).split(/[^A-Za-z0-9]+/)] : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter(Boolean);
  return [verbs[method] ?? method.toLowerCase(), ...words.map(capitalised)].join('');
}
