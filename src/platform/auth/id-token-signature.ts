import type * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { ATTEMPT_LIFETIME_MINUTES } from './login-attempts.ts';

/** Clock difference tolerated between the identity provider and us (`iat`, `exp`, `nbf`). */
const CLOCK_SKEW_SECONDS = 30;
/** Only signatures with the provider's published public keys: never `none`, never a shared-secret HMAC. */
const ASYMMETRIC_ALGORITHM = /^(RS|PS|ES)(256|384|512)$|^(EdDSA|Ed25519)$/;

/** Checks ID tokens' signatures with the provider's published keys (fetched once, again when a key is new). */
export class IdTokenSignature {
  private signingKeys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly clientId: string) {}

  /**
   * openid-client checks the ID token's claims (issuer, audience, nonce, expiry) but not its signature. It is
   * verified here against the provider's JWKS with an algorithm the provider announced. A key id not in the cached
   * key set fetches the set again, once (the provider rotated its key); `iat` in the future beyond the clock skew
   * is refused.
   */
  async verify(configuration: client.Configuration, idToken: string | undefined) {
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
      audience: this.clientId,
      clockTolerance: CLOCK_SKEW_SECONDS,
      maxTokenAge: `${ATTEMPT_LIFETIME_MINUTES} minutes`,
    });
  }
}
