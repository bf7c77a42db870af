import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SignJWT, type JWK } from 'jose';

/** A signing key of the provider (or of an attacker): its private half signs, its public JWK is what a JWKS shows. */
export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: KeyObject;
  publicJwk: JWK;
}

export function newSigningKey(alg: 'RS256' | 'ES256' = 'RS256', kid = randomBytes(6).toString('hex')): SigningKey {
  const { privateKey, publicKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid, alg, privateKey, publicJwk: { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg, use: 'sig' } };
}

/** What the token endpoint is about to put in an ID token; a test may change any of it before it is signed. */
export interface IdTokenDraft {
  header: { alg: string; kid?: string; typ?: string };
  claims: Record<string, unknown>;
  /** signs the token; by default with the provider's current key */
  sign?: (draft: IdTokenDraft) => Promise<string> | string;
}

/**
 * An OpenID Connect provider on loopback whose ID tokens the test shapes: the same discovery, code flow
 * with PKCE, token endpoint, JWKS and userinfo a real provider offers, so Raadhus's relying party runs
 * exactly as in production while a test forges, rotates or misdates what the provider sends.
 */
export class StubIdentityProvider {
  readonly clientId = 'stub-client';
  readonly clientSecret = 'stub-client-secret-for-tests-only';
  /** keys the JWKS publishes */
  published: SigningKey[];
  /** the key the provider signs with */
  current: SigningKey;
  /** announced as `id_token_signing_alg_values_supported` */
  algorithms = ['RS256'];
  /** the claims of the person who logs in (`sub` included) */
  person: Record<string, unknown> = {};
  /** changes the next ID tokens before they are signed */
  shape: (draft: IdTokenDraft) => void = () => undefined;
  jwksRequests = 0;
  private readonly codes = new Map<string, { nonce: string }>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    this.current = newSigningKey();
    this.published = [this.current];
  }

  static async start(): Promise<StubIdentityProvider> {
    let provider: StubIdentityProvider | undefined;
    const server = createServer((request, response) => {
      provider!.handle(request, response).catch((error) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    provider = new StubIdentityProvider(server, `http://127.0.0.1:${port}`);
    return provider;
  }

  /** Publishes a new key and signs with it from now on (the old key stays published unless `retire`). */
  rotate(options: { retire?: boolean } = {}): SigningKey {
    this.current = newSigningKey();
    this.published = options.retire ? [this.current] : [...this.published, this.current];
    return this.current;
  }

  /** Signs with the draft's header and the given key, whatever the provider publishes. */
  static signWith(key: KeyObject | Uint8Array) {
    return (draft: IdTokenDraft) =>
      new SignJWT(draft.claims).setProtectedHeader(draft.header as { alg: string }).sign(key as KeyObject);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const json = (body: unknown) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    };
    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return json({
          issuer: this.url,
          authorization_endpoint: `${this.url}/authorize`,
          token_endpoint: `${this.url}/token`,
          userinfo_endpoint: `${this.url}/userinfo`,
          jwks_uri: `${this.url}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: this.algorithms,
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        });
      case '/jwks':
        this.jwksRequests++;
        return json({ keys: this.published.map((key) => key.publicJwk) });
      case '/authorize': {
        const code = randomBytes(12).toString('hex');
        this.codes.set(code, { nonce: url.searchParams.get('nonce') ?? '' });
        const back = new URL(url.searchParams.get('redirect_uri')!);
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        response.statusCode = 302;
        response.setHeader('location', back.href);
        return void response.end();
      }
      case '/token': {
        let body = '';
        for await (const chunk of request) body += chunk;
        const code = new URLSearchParams(body).get('code') ?? '';
        const grant = this.codes.get(code);
        this.codes.delete(code);
        if (!grant) {
          response.statusCode = 400;
          return json({ error: 'invalid_grant' });
        }
        const now = Math.floor(Date.now() / 1000);
        const draft: IdTokenDraft = {
          header: { alg: this.current.alg, kid: this.current.kid },
          claims: {
            ...this.person,
            iss: this.url,
            aud: this.clientId,
            iat: now,
            exp: now + 300,
            nonce: grant.nonce,
          },
        };
        this.shape(draft);
        const idToken = await (draft.sign ?? StubIdentityProvider.signWith(this.current.privateKey))(draft);
        return json({ access_token: `access-${code}`, token_type: 'Bearer', expires_in: 300, id_token: idToken });
      }
      case '/userinfo':
        return json({ ...this.person });
      default:
        response.statusCode = 404;
        response.end();
    }
  }
}
