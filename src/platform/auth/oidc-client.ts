import * as client from 'openid-client';
import type { Database } from '../db/database.ts';
import { IdTokenSignature } from './id-token-signature.ts';
import { LoginAttempts } from './login-attempts.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** the test provider runs on plain http on loopback */
  allowInsecure: boolean;
}

/**
 * The relying party: OpenID Connect code flow with PKCE, state and nonce. State, nonce and the PKCE
 * verifier are kept server-side per attempt and consumed once, so a replayed callback is refused.
 */
export class OidcClient {
  private configuration?: Promise<client.Configuration>;
  private readonly attempts: LoginAttempts;
  private readonly signature: IdTokenSignature;

  constructor(
    private readonly settings: OidcSettings,
    database: Database,
  ) {
    this.attempts = new LoginAttempts(database);
    this.signature = new IdTokenSignature(settings.clientId);
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
    await this.attempts.start({ state, nonce, codeVerifier, returnTo }, browserBinding);
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
    const attempt = await this.attempts.consume(state, browserBinding);
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.code_verifier,
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    await this.signature.verify(configuration, tokens.id_token);
    const idClaims: Record<string, unknown> = tokens.claims() ?? {};
    const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, String(idClaims.sub));
    return { claims: { ...userInfo, ...idClaims }, idToken: tokens.id_token, returnTo: attempt.return_to };
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

  purgeOldAttempts(): Promise<void> {
    return this.attempts.purgeOld();
  }
}
