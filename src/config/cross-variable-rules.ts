const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on a loopback address when explicitly allowed; an unparsable URL is left to the schema's message. */
function secureIssuer(issuer: string, allowHttpLoopback: boolean): boolean {
  if (!URL.canParse(issuer)) return true;
  const url = new URL(issuer);
  if (url.protocol === 'https:') return true;
  return allowHttpLoopback && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** The problems of variables that depend on each other (production needs a secret, an issuer over https, …). */
export function crossVariableProblems(present: Record<string, string>): string[] {
  const problems: string[] = [];
  const production = present.NODE_ENV === 'production';
  const enabled = (value: string | undefined) => value === 'true' || value === '1';
  if (production && !present.SESSION_SECRET) problems.push('SESSION_SECRET: required in production');
  if (production && enabled(present.TEST_IDP))
    problems.push('TEST_IDP: the test identity provider cannot run in production');
  if (present.OIDC_ISSUER && !present.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID: required when OIDC_ISSUER is set');
  if (production && !present.OIDC_ISSUER) problems.push('OIDC_ISSUER: required in production');
  if (
    production &&
    present.OIDC_ISSUER &&
    !secureIssuer(present.OIDC_ISSUER, enabled(present.OIDC_ALLOW_HTTP_LOOPBACK))
  )
    problems.push(
      'OIDC_ISSUER: must be an https:// URL in production (discovery, token exchange and keys travel over it); an http:// issuer on loopback needs OIDC_ALLOW_HTTP_LOOPBACK=true',
    );
  return problems;
}
