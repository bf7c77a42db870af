import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import csrf from '@fastify/csrf-protection';
import swagger from '@fastify/swagger';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from '#src/config.ts';
import { assuranceOrder, type Principal } from '../auth/principal.ts';
import { can, ForbiddenError } from '../auth/permissions.ts';
import type { SessionStore } from '../auth/session.store.ts';
import { defaultLocale, isLocale, t, withLocale, type Locale } from '../i18n/i18n.ts';
import { withViewContext } from '../views/view-context.ts';
import type { Navigation } from '../navigation.ts';
import { rememberUploadName } from './uploads.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { HttpProblem, problemDocument } from './problem.ts';
import type { Logger } from 'pino';
import { registerIdempotency, type IdempotencyStore } from './idempotency.ts';
import { RouteRegistry } from './route-registry.ts';
import { openApiOptions } from './openapi/openapi-document.ts';
import { registerRateLimits } from './rate-limit.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { findControlCharacter } from './control-characters.ts';
import { isZodError, zodFieldErrors } from './validation-errors.ts';
import { isConnectionLoss, type Database } from '../db/database.ts';
import './fastify-types.ts';

export const SESSION_COOKIE = 'raadhus_session';
const LOCALE_COOKIE = 'raadhus_lang';
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface HttpDependencies {
  config: Config;
  logger: Logger;
  sessions: SessionStore;
  idempotency: IdempotencyStore;
  /** the app's menus (shown on every page) */
  navigation: Navigation;
  /** where the rate limits count (shared by every web process) */
  db: Database;
  /** Resolves an API key (Bearer token) to the integration client that holds it. */
  authenticateApiKey(token: string): Promise<Principal | undefined>;
}

const staticRoot = fileURLToPath(new URL('../views/static', import.meta.url));
const dkfdsRoot = fileURLToPath(new URL('../../../node_modules/dkfds/dist', import.meta.url));

/** Routes added by plugins (static files, the test identity provider, the OpenAPI document) are public by construction. */
const pluginPrefixes = ['/static/', '/idp', '/api/docs'];

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/');
const wantsHtml = (request: FastifyRequest) =>
  !isApi(request) && (request.headers.accept ?? 'text/html').includes('html');
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function pickLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  if (isLocale(query?.lang)) return query.lang;
  const fromCookie = request.cookies[LOCALE_COOKIE];
  if (isLocale(fromCookie)) return fromCookie;
  const accepted = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(accepted) ? 'en' : defaultLocale;
}

export async function createHttpServer(deps: HttpDependencies): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.TRUST_PROXY,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // A URL the router cannot take (broken percent-encoding, a path parameter over 100 characters) is refused
    // before any hook runs: the same refusal as any other, a page or a problem in the caller's language.
    frameworkErrors: async (error, request, reply) => {
      // No hook has run (no session, no cookie plugin state), so the answer is written directly, bypassing onSend.
      request.cookies ??= request.server.parseCookie(request.headers.cookie ?? '');
      request.locale = pickLocale(request);
      request.log.info({ status: error.statusCode, code: error.code }, 'request refused');
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      const path = request.url.split('?')[0];
      const html = wantsHtml(request);
      const body = html
        ? await withLocale(request.locale, () =>
            withViewContext(
              {
                locale: request.locale,
                principal: undefined,
                csrfToken: '',
                path,
                query: '',
                testEnvironment: config.testIdp,
                menus: deps.navigation.menus,
              },
              () => <ErrorPage statusCode={status} />,
            ),
          )
        : JSON.stringify(withLocale(request.locale, () => problemDocument(status, t('error.400.text'), path)));
      reply.hijack();
      reply.raw.writeHead(status, {
        'content-type': html ? 'text/html; charset=utf-8' : 'application/problem+json',
        'cache-control': 'no-store',
      });
      reply.raw.end(body);
    },
  });
  // JSON, forms and multipart only: any other body (text/plain included) is 415 Unsupported Media Type.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const registry = new RouteRegistry();
  app.decorate('routeRegistry', registry);
  app.decorate('sessions', deps.sessions);
  app.addHook('onRoute', (route) => {
    registry.record(route);
    const declared = route.config?.access || route.config?.permission;
    if (!declared && !pluginPrefixes.some((prefix) => route.url.startsWith(prefix))) {
      throw new Error(`Route ${route.method} ${route.url} declares neither access nor permission`);
    }
    if (!route.url.startsWith('/api/v1')) route.schema = { ...route.schema, hide: true };
  });

  await registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'", ...(config.OIDC_ISSUER ? [new URL(config.OIDC_ISSUER).origin] : [])],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody, { bodyLimit: MAX_BODY_BYTES });
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 10, fields: 200 },
    throwFileSizeLimit: true,
    // Each file becomes its Buffer in the body; the name the browser sent is kept beside it (platform/http/uploads.ts).
    async onFile(part) {
      const content = await part.toBuffer();
      rememberUploadName(content, part.filename);
      (part as unknown as { value: Buffer }).value = content;
    },
  });
  // Its onRequest hook runs before authentication (added below): refused requests are counted and cost no look-up.
  await registerRateLimits(app, { db: deps.db, logger: deps.logger, perMinute: config.RATE_LIMIT_PER_MINUTE });
  await app.register(csrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' },
    sessionPlugin: '@fastify/cookie',
  });
  await app.register(fastifyStatic, { root: staticRoot, prefix: '/static/', maxAge: '1h' });
  await app.register(fastifyStatic, { root: dkfdsRoot, prefix: '/static/dkfds/', decorateReply: false, maxAge: '1d' });
  await app.register(swagger, {
    ...openApiOptions(config.publicUrl, registry),
    transform: (input) => withIdempotencyKeyHeader(input.route.config?.idempotent === true, jsonSchemaTransform(input)),
  });

  app.decorateRequest('principal', undefined);
  app.decorateRequest('sessionToken', undefined);
  app.decorateRequest('locale', defaultLocale);
  app.decorateRequest('readingBody', false);
  app.decorateReply('page', async function page(this: FastifyReply, render: () => JSX.Element, statusCode = 200) {
    const request = this.request;
    const csrfToken = this.generateCsrf();
    const [path, query = ''] = request.url.split('?');
    const html = await withLocale(request.locale, () =>
      withViewContext(
        {
          locale: request.locale,
          principal: request.principal,
          csrfToken,
          path,
          query,
          testEnvironment: config.testIdp,
          menus: deps.navigation.menus,
        },
        render,
      ),
    );
    return this.code(statusCode).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  });

  // Route handlers run in the request's language, like the pages they render: a service that words a refusal with
  // t() answers an English reader in English. A callback hook, so the handler runs inside withLocale (a promise-
  // returning hook would end the scope before the handler starts); last before the handler, after the body is read.
  app.addHook('preHandler', (request, _reply, done) => withLocale(request.locale ?? defaultLocale, () => done()));

  app.addHook('onRequest', async (request, reply) => {
    request.locale = pickLocale(request);
    const query = request.query as Record<string, unknown> | undefined;
    if (isLocale(query?.lang))
      reply.setCookie(LOCALE_COOKIE, query.lang, {
        path: '/',
        sameSite: 'lax',
        maxAge: 31_536_000,
        secure: config.secureCookies,
      });
    await authenticate(request, reply, deps);
    // Refuse before the body is read or validated: an outsider learns nothing about the route's input.
    authorize(request);
  });

  // The body is read between preParsing and the multipart plugin's preValidation hook (registered above). An error
  // in between without a 4xx status of its own (busboy's "Unexpected end of form", a missing boundary) is a
  // malformed body: the client's 400, never our 500.
  app.addHook('preParsing', async (request, _reply, payload) => {
    request.readingBody = true;
    return payload;
  });
  app.addHook('preValidation', async (request) => {
    request.readingBody = false;
    refuseControlCharacters(request);
  });

  app.addHook('preHandler', async (request, reply) => {
    if (!safeMethods.has(request.method) && !isApi(request)) {
      await new Promise<void>((resolve, reject) =>
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve())),
      );
    }
  });

  registerIdempotency(app, deps.idempotency);
  registerErrorHandlers(app);
  return app;
}

type TransformedRoute = ReturnType<typeof jsonSchemaTransform>;

/** Declares the Idempotency-Key header in the OpenAPI document of a route that honours it (`idempotent: true`). */
function withIdempotencyKeyHeader(idempotent: boolean, transformed: TransformedRoute): TransformedRoute {
  if (!idempotent) return transformed;
  const schema = (transformed.schema ?? {}) as Record<string, unknown> & { headers?: Record<string, any> };
  const headers = schema.headers ?? { type: 'object', properties: {} };
  return {
    ...transformed,
    schema: {
      ...schema,
      headers: {
        ...headers,
        properties: {
          ...headers.properties,
          'Idempotency-Key': {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description:
              'A key unique to this request (e.g. a UUID): a retry with the same key and body replays the first response (header `idempotent-replayed: true`); the same key with another body is 409.',
          },
        },
      },
    },
  };
}

async function authenticate(request: FastifyRequest, reply: FastifyReply, deps: HttpDependencies): Promise<void> {
  if (request.url.startsWith('/static/')) return;
  if (isApi(request)) {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) request.principal = await deps.authenticateApiKey(header.slice(7).trim());
    return;
  }
  const signed = request.cookies[SESSION_COOKIE];
  if (!signed) return;
  const unsigned = request.unsignCookie(signed);
  if (!unsigned.valid || !unsigned.value) {
    request.log.warn('tampered or stale session cookie ignored');
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  const session = await deps.sessions.find(unsigned.value);
  if (!session) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  request.principal = session.principal;
  request.sessionToken = unsigned.value;
}

function authorize(request: FastifyRequest): void {
  const { access, permission, assurance } = request.routeOptions.config ?? {};
  if (access === 'public' || (!access && !permission)) return;
  const principal = request.principal;
  if (!principal) throw new HttpProblem(401, 'error.401.text');
  if (permission && !can(principal, permission)) throw new ForbiddenError(permission);
  if (
    assurance &&
    principal.kind !== 'staff' &&
    principal.kind !== 'client' &&
    assuranceOrder[principal.assurance ?? 'low'] < assuranceOrder[assurance]
  ) {
    throw new HttpProblem(403, 'login.assuranceTooLow', {
      required: t(`assurance.${assurance}`),
      actual: t(`assurance.${principal.assurance ?? 'low'}`),
    });
  }
}

/** The one place text from outside is checked for control characters, before validation and any handler. */
function refuseControlCharacters(request: FastifyRequest): void {
  const found =
    findControlCharacter(request.body, { multiLine: true }) ??
    findControlCharacter(request.params, { multiLine: false }) ??
    findControlCharacter(request.query, { multiLine: false });
  if (found)
    throw new HttpProblem(400, 'error.controlCharacter', {}, [
      { field: found.field, message: t('validation.controlCharacter') },
    ]);
}

interface ClassifiedError {
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}

function classify(error: FastifyError | Error, request: FastifyRequest): ClassifiedError {
  if (error instanceof HttpProblem)
    return { status: error.statusCode, detail: error.detail, errors: error.fieldErrors };
  if (error instanceof ForbiddenError) return { status: 403 };
  // A route's own `.parse()` of its body, query or parameters: the input was wrong, whichever route it was.
  if (isZodError(error)) {
    const inputs = [request.body, request.query, request.params];
    return { status: 400, detail: t('error.400.text'), errors: zodFieldErrors(error, inputs) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      status: 400,
      detail: t('error.400.text'),
      errors: error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '',
        message: issue.message ?? t('validation.invalid'),
      })),
    };
  }
  const code = (error as FastifyError).code;
  if (code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET')
    return { status: 403, detail: t('error.csrf') };
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) return { status };
  if (request.readingBody) return { status: 400, detail: t('error.body') };
  // the database connection was lost mid-request (failover, restart): nothing was committed, try again
  if (isConnectionLoss(error)) return { status: 503, detail: t('error.503.text') };
  return { status: 500 };
}

function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    // Texts of the refusal (detail, field messages) in the caller's language: the handler runs outside the page's locale.
    const { status, detail, errors } = withLocale(request.locale ?? defaultLocale, () =>
      classify(error as FastifyError, request),
    );
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ status, code: (error as FastifyError).code }, 'request refused');
    if (status === 401 && wantsHtml(request) && request.method === 'GET') {
      return reply.redirect(`/auth/login?returnTo=${encodeURIComponent(request.url)}`);
    }
    if (status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
    if (status === 503) reply.header('retry-after', '5');
    return sendError(request, reply, status, detail, errors);
  });
  app.setNotFoundHandler(async (request, reply) => {
    request.locale ??= pickLocale(request);
    request.log.info('not found');
    return sendError(request, reply, 404, undefined, undefined);
  });
}

async function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string | undefined,
  errors: ClassifiedError['errors'],
) {
  if (wantsHtml(request)) {
    return reply.page(
      () => <ErrorPage statusCode={status} requestId={status >= 500 ? request.id : undefined} message={detail} />,
      status,
    );
  }
  const body = withLocale(request.locale ?? defaultLocale, () =>
    problemDocument(
      status,
      detail ??
        (status >= 500
          ? undefined
          : t(`error.${[400, 401, 403, 404, 409, 413, 415, 429].includes(status) ? status : 400}.text`)),
      request.url.split('?')[0],
      errors,
    ),
  );
  return reply.code(status).type('application/problem+json').send(JSON.stringify(body));
}
