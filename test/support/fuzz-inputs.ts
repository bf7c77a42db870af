import fc from 'fast-check';

/**
 * Generators of hostile and careless input for the HTTP fuzz test (test/http/fuzz.test.ts), built on fast-check:
 * field names and values of every shape, duplicated fields, oversize text, control characters and NUL, unicode,
 * bodies in the wrong content type or none at all, path parameters that are not ids, and query strings.
 */

/** Names that forms and API bodies of the modules use, so generated fields also reach the routes' own parsing. */
const commonNames = [
  'title',
  'subject',
  'body',
  'note',
  'text',
  'message',
  'name',
  'email',
  'phone',
  'cpr',
  'cvr',
  'purpose',
  'reason',
  'q',
  'page',
  'status',
  'sort',
  'folder',
  'version',
  'id',
  'code',
  'caseTypeCode',
  'departmentCode',
  'recipient',
  'recipientKind',
  'roles',
  'scopes',
  'departmentId',
  'date',
  'time',
  'dueDate',
  'from',
  'to',
  'channel',
  'value',
  'consent',
  'transition',
  'assigneeId',
  'documentType',
  'fields',
];

export const names = (harvested: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...commonNames, ...harvested) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'a.b', 'a[b]', 'x[]', '', ' ') },
  );

const controlText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)),
      fc.constant('a'),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

/** Text of every kind: short, unicode (emoji, combining marks, right-to-left), control characters, oversize. */
export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: controlText },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'æ', '😀', '\u0301', '<', '%'), fc.integer({ min: 256, max: 20_000 }))
      .map(([unit, count]) => unit.repeat(count)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '0',
      '-1',
      '1e309',
      'NaN',
      'true',
      'null',
      '2026-02-30',
      '9999-99-99',
      '0101500100',
      '29189838',
      '00000000-0000-0000-0000-000000000000',
      '<script>alert(1)</script>',
      "' or 1=1 --",
      '../../etc/passwd',
      '\u202eevil',
    ),
  },
  { weight: 1, arbitrary: fc.uuid().map(String) },
);

/** A JSON value of any shape, wrong types included. */
export const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(text, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), text, { maxKeys: 3 }) },
);

/** Fields of a form or body; the same name may come more than once (a field sent twice). */
export const fields = (harvested: readonly string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(names(harvested), text), { maxLength: 8 }),
      fc.option(fc.nat({ max: 7 }), { nil: undefined }),
    )
    .map(([entries, repeat]) =>
      repeat !== undefined && entries.length ? [...entries, entries[repeat % entries.length]] : entries,
    );

export type BodyKind = 'none' | 'form' | 'json' | 'json-shape' | 'multipart' | 'garbage';

export interface FuzzBody {
  kind: BodyKind;
  entries: Array<[string, string]>;
  /** for json-shape: any JSON value as the whole body */
  shape?: unknown;
  /** for garbage: the bytes and the content type they claim */
  garbage?: { contentType: string; content: string };
}

export const body = (harvested: readonly string[]): fc.Arbitrary<FuzzBody> =>
  fc.record({
    kind: fc.constantFrom<BodyKind>('none', 'form', 'form', 'json', 'json', 'json-shape', 'multipart', 'garbage'),
    entries: fields(harvested),
    shape: fc.oneof(jsonValue, fc.array(jsonValue, { maxLength: 3 })),
    garbage: fc.record({
      contentType: fc.constantFrom(
        'application/json',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'multipart/form-data; boundary=zzz',
        'text/plain',
        'application/xml',
        'application/octet-stream',
        'application/json; charset=latin1',
        'garbage',
      ),
      content: fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('{"a":', '[1,2', '--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', '%%%&&&=='),
      ),
    }),
  });

/**
 * Node's HTTP parser refuses a request line over 16 KB (431) before Fastify sees it: no route and no language yet.
 * Browsers and proxies stop far below that, so generated URLs stay within 8 KB (oversize values go in bodies).
 */
const withinUrlLimit = (encoded: string, limit = 3000) =>
  encoded.length <= limit ? encoded : encoded.slice(0, encoded.lastIndexOf('&', limit) + 1 || 0);

/** A path parameter that is usually not an id: text of every kind, raw percent signs, or a well-formed UUID. */
export const pathValue = fc.oneof(
  {
    weight: 3,
    arbitrary: text.map(
      (value) =>
        encodeURIComponent(value)
          .slice(0, 1200)
          .replace(/%[0-9A-F]?$/, '') || 'x',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('%', '%ZZ', '%C3%28', '%FF%FE', '..', '%2e%2e', '-1', '0', '1.5') },
  { weight: 1, arbitrary: fc.uuid().map(String) },
);

/** A query string: generated keys and values, repeated keys, or raw broken percent-encoding. */
export const queryString = (harvested: readonly string[]) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    {
      weight: 3,
      arbitrary: fields(harvested).map((entries) => {
        // `lang` chooses the page's language (and sets its cookie): the test chooses it by Accept-Language instead.
        const query = new URLSearchParams(entries.filter(([name]) => name !== 'lang')).toString();
        return query ? `?${withinUrlLimit(query)}` : '';
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('?%', '?a=%ZZ', '?page=%C3%28', '?&&==', '?page=-1&page=2', '?q[]=1') },
  );

export interface FuzzCase {
  /** which of the route's callers sends it (an index, taken modulo their number) */
  caller: number;
  /** whether it goes to a caller allowed on the route (else to any caller: the refusal path) */
  allowedCaller: boolean;
  english: boolean;
  /** whether a path parameter takes a real value seen on a page (when one was seen) */
  realParameters: boolean;
  parameters: string[];
  query: string;
  body: FuzzBody;
  /** whether the form carries the session's valid CSRF token (so the handler is reached) */
  validCsrf: boolean;
  idempotencyKey?: string;
}

export const fuzzCase = (harvested: readonly string[], parameterCount: number): fc.Arbitrary<FuzzCase> =>
  fc.record({
    caller: fc.nat({ max: 1000 }),
    allowedCaller: fc.nat({ max: 9 }).map((n) => n < 8),
    english: fc.boolean(),
    realParameters: fc.boolean(),
    parameters: fc.array(pathValue, { minLength: parameterCount, maxLength: parameterCount }),
    query: queryString(harvested),
    body: body(harvested),
    validCsrf: fc.nat({ max: 9 }).map((n) => n > 0),
    idempotencyKey: fc.option(fc.oneof(fc.uuid().map(String), fc.string({ maxLength: 300 })), { nil: undefined }),
  });
