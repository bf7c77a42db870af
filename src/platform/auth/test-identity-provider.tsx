import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { testProviderStore } from './test-identity-provider-store.ts';
import type { FastifyInstance } from 'fastify';
import { Provider, type Configuration } from 'oidc-provider';
import { z } from 'zod';
import { type Locale, t, withLocale } from '../i18n/i18n.ts';
import { withViewContext } from '../views/view-context.ts';
import { Page } from '../views/layout.tsx';
import { CsrfField } from '../views/components.tsx';
import type { AssuranceLevel } from './principal.ts';

/** A test identity as the built-in provider offers it; the claims are what NemLog-in (or the staff IdP) would send. */
export interface TestIdentity {
  accountId: string;
  group: 'citizen' | 'business' | 'staff';
  label: string;
  /** a staff member's roles (codes): shown by their names in the reader's language */
  roles?: readonly string[];
  claims: Record<string, unknown>;
}

export interface TestIdentitySource {
  /** Every identity the provider offers, with claims for the given assurance level. */
  list(assurance: AssuranceLevel): Promise<TestIdentity[]>;
}

export const TEST_CLIENT_ID = 'raadhus-test-client';
export const TEST_CLIENT_SECRET = 'raadhus-test-client-secret-not-for-production';
const PREFIX = '/idp';
/** the interaction id is one step of a login in progress, not anyone's record */
const loginStep = {
  record: false,
  recordless: 'one step of a login in progress at the test identity provider',
} as const;

/**
 * A real OpenID Connect provider (`oidc-provider`) mounted at /idp for development, demo and tests: the
 * same code-flow + PKCE path as production, with a page to pick a test citizen, business representative
 * or staff member and an assurance level. Never mounted in production (config refuses TEST_IDP there).
 */
export async function mountTestIdentityProvider(
  app: FastifyInstance,
  publicUrl: string,
  identities: TestIdentitySource,
): Promise<void> {
  const claimNames = new Set<string>();
  const findIdentity = async (accountId: string, assurance: AssuranceLevel = 'substantial') =>
    (await identities.list(assurance)).find((identity) => identity.accountId === accountId);
  /** The level chosen on the picker travels as the login's `acr` (kept on the session and the authorization code). */
  const assuranceOf = (value: unknown): AssuranceLevel => (value === 'low' || value === 'high' ? value : 'substantial');
  for (const identity of await identities.list('low'))
    Object.keys(identity.claims).forEach((name) => claimNames.add(name));

  const configuration: Configuration = {
    adapter: testProviderStore(),
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [`${publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'email', ...claimNames] },
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // A signing key of its own per start (not the library's shared development key), and explicit lifetimes.
    jwks: {
      keys: [
        {
          ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as object),
          use: 'sig',
          kid: randomBytes(8).toString('hex'),
        },
      ],
    } as Configuration['jwks'],
    ttl: {
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = await logoutPage(form, ctx.cookies.get('raadhus_lang') === 'en' ? 'en' : 'da');
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.redirect('/');
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `${PREFIX}/interaction/${interaction.uid}` },
    // The account id is the identity's stable id, so `sub` is the same at every login (a staff member's subject).
    async findAccount(ctx, accountId, token) {
      const identity = await findIdentity(
        accountId,
        assuranceOf((token as { acr?: string } | undefined)?.acr ?? ctx.oidc?.session?.acr),
      );
      if (!identity) return undefined;
      return { accountId, claims: async () => ({ sub: identity.accountId, ...identity.claims }) };
    },
    async loadExistingGrant(ctx) {
      const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      // First-party client: consent is implied, so a grant is created without a consent screen.
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login error</title></head><body><main><h1>Login error</h1><p>${String(out.error_description ?? out.error).replace(/[<>&"]/g, '')}</p><p><a href="/">Home</a></p></main></body></html>`;
    },
  };
  const provider = new Provider(`${publicUrl}${PREFIX}`, configuration);
  provider.on('server_error', (_ctx, error) => app.log.error({ err: error }, 'test identity provider error'));
  const callback = provider.callback();

  // oidc-provider reads its own request bodies, so requests are handed over before Fastify parses them.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.url.startsWith(`${PREFIX}/`) || request.url.startsWith(`${PREFIX}/interaction/`)) return done();
    reply.hijack();
    const raw = request.raw as typeof request.raw & { originalUrl?: string };
    raw.originalUrl = raw.url;
    raw.url = raw.url!.slice(PREFIX.length);
    callback(raw, reply.raw);
  });

  app.get(`${PREFIX}/interaction/:uid`, { config: { access: 'public', ...loginStep } }, async (request, reply) => {
    const details = await provider.interactionDetails(request.raw, reply.raw);
    const hint = String(details.params.login_hint ?? '');
    const all = await identities.list('substantial');
    const shown = all.filter((identity) => !hint || identity.group === hint);
    return reply.page(() => <PickIdentityPage uid={details.uid} identities={shown.length ? shown : all} />);
  });

  const PickIdentity = z.object({ account: z.string().min(1), assurance: z.enum(['low', 'substantial', 'high']) });
  app.post(`${PREFIX}/interaction/:uid`, { config: { access: 'public', ...loginStep } }, async (request, reply) => {
    const details = await provider.interactionDetails(request.raw, reply.raw);
    const parsed = PickIdentity.safeParse(request.body);
    if (!parsed.success) return reply.redirect(`${PREFIX}/interaction/${details.uid}`);
    const accountId = parsed.data.account;
    if (!(await findIdentity(accountId))) return reply.redirect(`${PREFIX}/interaction/${details.uid}`);
    const returnTo = await provider.interactionResult(
      request.raw,
      reply.raw,
      { login: { accountId, acr: parsed.data.assurance } },
      { mergeWithLastSubmission: false },
    );
    return reply.redirect(returnTo, 303);
  });
}

function PickIdentityPage({ uid, identities }: { uid: string; identities: TestIdentity[] }) {
  const groups: Array<TestIdentity['group']> = ['citizen', 'business', 'staff'];
  return (
    <Page title={t('idp.title')}>
      <h1>{t('idp.title')}</h1>
      <p class="font-lead">{t('idp.lead')}</p>
      <form method="post" action={`${PREFIX}/interaction/${uid}`}>
        <CsrfField />
        {groups
          .filter((group) => identities.some((identity) => identity.group === group))
          .map((group) => (
            <fieldset class="form-group">
              <legend class="form-label">{t(`idp.group.${group}`)}</legend>
              <ul class="nobullet-list">
                {identities
                  .filter((identity) => identity.group === group)
                  .map((identity, index) => (
                    <li class="form-group-radio">
                      <input
                        type="radio"
                        class="form-radio"
                        name="account"
                        id={`account-${group}-${index}`}
                        value={identity.accountId}
                        required
                      />
                      <label for={`account-${group}-${index}`}>
                        <span safe>
                          {identity.roles?.length
                            ? `${identity.label} – ${identity.roles.map((role) => t(`role.${role}`)).join(', ')}`
                            : identity.label}
                        </span>{' '}
                        {/* the account id the README and the tests name */}
                        <span class="form-hint d-inline" safe>{`(${identity.accountId})`}</span>
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
          ))}
        <div class="form-group">
          <label class="form-label" for="assurance">
            {t('idp.assurance')}
          </label>
          <select class="form-select" id="assurance" name="assurance">
            {/* NSIS levels in their order: Lav, Betydelig, Høj */}
            <option value="low">{t('assurance.low')}</option>
            <option value="substantial" selected>
              {t('assurance.substantial')}
            </option>
            <option value="high">{t('assurance.high')}</option>
          </select>
        </div>
        <button type="submit" class="button button-primary">
          {t('idp.continue')}
        </button>
      </form>
    </Page>
  );
}

/**
 * The provider's "log out here too?" page, in the app's page frame (header, footer). oidc-provider renders it outside
 * a Fastify request, so the frame gets a plain view context: the language chosen in the app, no one signed in.
 */
async function logoutPage(form: string, locale: Locale): Promise<string> {
  const menus = { public: [], citizen: [], business: [], staff: [] };
  const context = { locale, csrfToken: '', path: '/', query: '', testEnvironment: true, menus };
  return withLocale(locale, () =>
    withViewContext(context, () =>
      String(
        <Page title={t('idp.logout.title')}>
          <h1>{t('idp.logout.title')}</h1>
          <p>{t('idp.logout.question')}</p>
          {form}
          <button class="button button-primary" autofocus type="submit" form="op.logoutForm" value="yes" name="logout">
            {t('idp.logout.yes')}
          </button>{' '}
          <button class="button button-secondary" type="submit" form="op.logoutForm">
            {t('idp.logout.no')}
          </button>
        </Page>,
      ),
    ),
  );
}
