import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

type LoginAttemptTables = {
  login_attempts: {
    state: string;
    nonce: string;
    code_verifier: string;
    return_to: string;
    created_at: Date;
    used_at: Date | null;
    browser_hash: string | null;
  };
};

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** the test provider runs on plain http on loopback */
  allowInsecure: boolean;
}

export class LoginReplayError extends Error {}
/** The callback came to another browser than the one that started the login (login CSRF, session swap). */
export class LoginOtherBrowserError extends Error {}

/** A login attempt is valid this long; a callback after that is refused. */
export const ATTEMPT_LIFETIME_MINUTES = 10;
/** Clock difference tolerated between the identity provider and us (`iat`, `exp`, `nbf`). */
const CLOCK_SKEW_SECONDS = 30;
/** Only signatures with the provider's published public keys: never `none`, never a shared-secret HMAC. */
const ASYMMETRIC_ALGORITHM = /^(RS|PS|ES)(256|384|512)$|^(EdDSA|Ed25519)$/;

const hashBinding = (binding: string) => createHash('sha256').update(binding).digest('base64url');

/**
 * The relying party: OpenID Connect code flow with PKCE, state and nonce. State, nonce and the PKCE
 * verifier are kept server-side per attempt and consumed once, so a replayed callback is refused.
 */
export class OidcClient {
  private configuration?: Promise<client.Configuration>;
  private signingKeys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly settings: OidcSettings,
    private readonly database: Database,
  ) {}

  private get db() {
    return this.database.withTables<LoginAttemptTables>();
  }

  private discover(): Promise<client.Configuration> {
    // Discovered lazily: the test provider lives in this same server, which is not listening yet at start-up.
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        this.settings.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** `browserBinding` is the secret of the browser's login cookie: only that browser can finish the attempt. */
  async startLogin(returnTo: string, browserBinding: string, loginHint?: string): Promise<string> {
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.db
      .insertInto('login_attempts')
      .values({
        state,
        nonce,
        code_verifier: codeVerifier,
        return_to: returnTo,
        created_at: new Date(),
        used_at: null,
        browser_hash: hashBinding(browserBinding),
      })
      .execute();
    const parameters: Record<string, string> = {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    if (loginHint) parameters.login_hint = loginHint;
    return client.buildAuthorizationUrl(configuration, parameters).href;
  }

  /** Completes the code flow; returns the verified claims (ID token merged with userinfo) and where to go next. */
  async finishLogin(
    callbackUrl: URL,
    browserBinding: string | undefined,
  ): Promise<{ claims: Record<string, unknown>; idToken?: string; returnTo: string }> {
    const configuration = await this.discover();
    const state = callbackUrl.searchParams.get('state') ?? '';
    const attempt = await this.db
      .updateTable('login_attempts')
      .set({ used_at: sql`now()` })
      .where('state', '=', state)
      .where('used_at', 'is', null)
      .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${ATTEMPT_LIFETIME_MINUTES})`)
      .where('browser_hash', '=', hashBinding(browserBinding ?? ''))
      .returning(['nonce', 'code_verifier', 'return_to'])
      .executeTakeFirst();
    if (!attempt) {
      // Left unused when it is another browser's: the browser that started it can still finish it.
      const open = await this.db
        .selectFrom('login_attempts')
        .select('state')
        .where('state', '=', state)
        .where('used_at', 'is', null)
        .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${ATTEMPT_LIFETIME_MINUTES})`)
        .executeTakeFirst();
      if (open) throw new LoginOtherBrowserError('the login attempt belongs to another browser');
      throw new LoginReplayError('unknown, used or expired login state');
    }
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.code_verifier,
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    await this.verifyIdTokenSignature(configuration, tokens.id_token);
    const idClaims: Record<string, unknown> = tokens.claims() ?? {};
    const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, String(idClaims.sub));
    return { claims: { ...userInfo, ...idClaims }, idToken: tokens.id_token, returnTo: attempt.return_to };
  }

  /**
   * openid-client checks the ID token's claims (issuer, audience, nonce, expiry) but not its signature. It is
   * verified here against the provider's JWKS with an algorithm the provider announced. A key id not in the cached
   * key set fetches the set again, once (the provider rotated its key); `iat` in the future beyond the clock skew
   * is refused.
   */
  private async verifyIdTokenSignature(configuration: client.Configuration, idToken: string | undefined) {
    if (!idToken) throw new Error('no ID token');
    const metadata = configuration.serverMetadata();
    if (!metadata.jwks_uri) throw new Error('the identity provider announces no jwks_uri');
    this.signingKeys ??= createRemoteJWKSet(new URL(metadata.jwks_uri), {
      cooldownDuration: 0,
      cacheMaxAge: ATTEMPT_LIFETIME_MINUTES * 60_000,
    });
    const algorithms = (metadata.id_token_signing_alg_values_supported ?? ['RS256']).filter((algorithm) =>
      ASYMMETRIC_ALGORITHM.test(algorithm),
    );
    await jwtVerify(idToken, this.signingKeys, {
      algorithms,
      issuer: metadata.issuer,
      audience: this.settings.clientId,
      clockTolerance: CLOCK_SKEW_SECONDS,
      maxTokenAge: `${ATTEMPT_LIFETIME_MINUTES} minutes`,
    });
  }

  async logoutUrl(idToken: string | null): Promise<string> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return this.settings.postLogoutRedirectUri;
    const parameters: Record<string, string> = {
      post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
      client_id: this.settings.clientId,
    };
    if (idToken) parameters.id_token_hint = idToken;
    return client.buildEndSessionUrl(configuration, parameters).href;
  }

  async purgeOldAttempts(): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('created_at', '<', sql<Date>`now() - interval '1 day'`).execute();
  }
}
