/**
 * When a notification is tried again, and how many go out per authority per minute. Pure, so the
 * numbers are tested on their own (delivery-policy.test.ts).
 */

/** Delay before attempt `attempt + 1` after `attempt` failed attempts: base · 2^(attempt−1), capped. */
export function retryDelaySeconds(attempt: number, baseSeconds: number, maxSeconds = 3600): number {
  if (attempt < 1) return 0;
  return Math.min(maxSeconds, baseSeconds * 2 ** (attempt - 1));
}

/** Whether a failed attempt is the last one allowed. */
export const isLastAttempt = (attempt: number, maxAttempts: number): boolean => attempt >= maxAttempts;

/** The one-minute window a moment falls in (the rate limit counts per authority and window). */
export function rateWindowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/** When a notification over the limit is tried again: the start of the next window. */
export const nextRateWindow = (now: Date): Date => new Date(rateWindowStart(now).getTime() + 60_000);

/**
 * How a failed send is treated. `permanent`: the gateway or mail server refused this recipient or message
 * (a 4xx from the gateway, a 5xx SMTP reply) — trying again cannot help. `transient`: timeouts, refused
 * connections, 5xx from the gateway, 4xx SMTP replies, 408 and 429 — tried again with backoff.
 */
export type FailureKind = 'permanent' | 'transient';

export function classifyHttpStatus(status: number): FailureKind {
  if (status === 408 || status === 429) return 'transient';
  return status >= 400 && status < 500 ? 'permanent' : 'transient';
}

export function classifySmtpResponseCode(code: number | undefined): FailureKind {
  return code !== undefined && code >= 500 && code < 600 ? 'permanent' : 'transient';
}
