/**
 * A small browser-like HTTP client for tests: keeps cookies, follows redirects on request, reads the
 * CSRF token out of forms, and logs in through the real OIDC flow of the built-in test identity provider.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some(
        (attribute) => /^\s*max-age=0/i.test(attribute) || /expires=Thu, 01 Jan 1970/i.test(attribute),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  getCookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** One request, no redirects followed. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`;
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', this.cookieHeader());
    if (!headers.has('accept')) headers.set('accept', 'text/html');
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.remember(response);
    return response;
  }

  /** GET (or the given request) and follow redirects like a browser; returns the final response. */
  async follow(path: string, init: RequestInit = {}, maxRedirects = 15): Promise<Response> {
    let response = await this.request(path, init);
    for (let hop = 0; hop < maxRedirects && response.status >= 300 && response.status < 400; hop++) {
      const location = response.headers.get('location')!;
      await response.arrayBuffer();
      response = await this.request(new URL(location, response.url || `${this.baseUrl}${path}`).href);
    }
    return response;
  }

  /** Fetches a page and returns its HTML and the CSRF token of its first form. */
  async form(path: string): Promise<{ html: string; csrf: string; response: Response }> {
    const response = await this.follow(path);
    const html = await response.text();
    return { html, csrf: csrfTokenIn(html), response };
  }

  /** Posts a url-encoded form (with `_csrf`) and follows the redirect. */
  async submit(
    path: string,
    fields: Record<string, string | string[]>,
    options: { follow?: boolean } = {},
  ): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
    const init = { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    if (options.follow === false) return this.request(path, init);
    const response = await this.request(path, init);
    if (response.status >= 300 && response.status < 400) {
      await response.arrayBuffer();
      return this.follow(new URL(response.headers.get('location')!, `${this.baseUrl}${path}`).href);
    }
    return response;
  }

  /**
   * Logs in through the real OIDC code flow against the built-in test provider. `account` is the test
   * provider's account id: `citizen-<cpr>`, `business-<cvr>` or a staff subject such as `staff-caseworker-1`.
   */
  async login(account: string, assurance: 'low' | 'substantial' | 'high' = 'substantial'): Promise<Response> {
    const picker = await this.follow('/auth/login');
    const html = await picker.text();
    if (!picker.url.includes('/idp/interaction/'))
      throw new Error(`expected the test identity provider, got ${picker.url}`);
    const action = new URL(picker.url).pathname;
    return this.submit(action, { _csrf: csrfTokenIn(html), account, assurance });
  }

  /** Logs in up to the identity provider's redirect back to Raadhus, and returns that callback URL unused. */
  async callbackUrlFor(account: string, loginPath = '/auth/login'): Promise<string> {
    const picker = await this.follow(loginPath);
    const html = await picker.text();
    let response = await this.submit(
      new URL(picker.url).pathname,
      { _csrf: csrfTokenIn(html), account, assurance: 'substantial' },
      { follow: false },
    );
    for (let hop = 0; hop < 10; hop++) {
      const location = new URL(response.headers.get('location') ?? '', this.baseUrl);
      await response.arrayBuffer();
      if (location.pathname === '/auth/callback') return location.href;
      response = await this.request(location.href);
    }
    throw new Error('the identity provider never redirected back');
  }
}

export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token in page');
  return match[1];
}
