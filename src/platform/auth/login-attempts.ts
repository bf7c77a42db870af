import { createHash } from 'node:crypto';
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

export class LoginReplayError extends Error {}
/** The callback came to another browser than the one that started the login (login CSRF, session swap). */
export class LoginOtherBrowserError extends Error {}

/** A login attempt is valid this long; a callback after that is refused. */
export const ATTEMPT_LIFETIME_MINUTES = 10;
const hashBinding = (binding: string) => createHash('sha256').update(binding).digest('base64url');
const stillOpen = () => sql<Date>`now() - make_interval(mins => ${ATTEMPT_LIFETIME_MINUTES})`;

/**
 * The login attempts kept server-side: state, nonce and PKCE verifier per attempt, bound to the browser that
 * started it and consumed once, so a replayed callback or one from another browser is refused.
 */
export class LoginAttempts {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.withTables<LoginAttemptTables>();
  }

  /** `browserBinding` is the secret of the browser's login cookie: only that browser can finish the attempt. */
  async start(
    attempt: { state: string; nonce: string; codeVerifier: string; returnTo: string },
    browserBinding: string,
  ) {
    await this.db
      .insertInto('login_attempts')
      .values({
        state: attempt.state,
        nonce: attempt.nonce,
        code_verifier: attempt.codeVerifier,
        return_to: attempt.returnTo,
        created_at: new Date(),
        used_at: null,
        browser_hash: hashBinding(browserBinding),
      })
      .execute();
  }

  /** Marks the attempt used and returns it; throws when it is unknown, used, expired or another browser's. */
  async consume(state: string, browserBinding: string | undefined) {
    const attempt = await this.db
      .updateTable('login_attempts')
      .set({ used_at: sql`now()` })
      .where('state', '=', state)
      .where('used_at', 'is', null)
      .where('created_at', '>', stillOpen())
      .where('browser_hash', '=', hashBinding(browserBinding ?? ''))
      .returning(['nonce', 'code_verifier', 'return_to'])
      .executeTakeFirst();
    if (attempt) return attempt;
    // Left unused when it is another browser's: the browser that started it can still finish it.
    const open = await this.db
      .selectFrom('login_attempts')
      .select('state')
      .where('state', '=', state)
      .where('used_at', 'is', null)
      .where('created_at', '>', stillOpen())
      .executeTakeFirst();
    if (open) throw new LoginOtherBrowserError('the login attempt belongs to another browser');
    throw new LoginReplayError('unknown, used or expired login state');
  }

  async purgeOld(): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('created_at', '<', sql<Date>`now() - interval '1 day'`).execute();
  }
}
