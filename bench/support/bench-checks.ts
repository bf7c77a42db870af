import type pg from 'pg';
import type { RequestVariant } from './http-measure.ts';

/**
 * Before measuring, a few of the rotated requests are fetched once: a benchmark of 404s or log-in
 * redirects would print fine-looking figures of the wrong thing.
 */
export async function checkVariants(
  baseUrl: string,
  label: string,
  variants: RequestVariant[],
  headers: Record<string, string> = {},
): Promise<void> {
  for (const variant of [variants[0], variants[Math.floor(variants.length / 2)], variants.at(-1)!]) {
    const response = await fetch(`${baseUrl}${variant.path}`, {
      headers: { accept: 'text/html', ...headers, ...variant.headers },
      redirect: 'manual',
    });
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`${label}: ${variant.path} answered ${response.status}, not 200: ${body.slice(0, 300)}`);
  }
}

export function printSizes(
  database: string,
  sizes: { citizens: number; cases: number },
  generation: { seconds: number; reused: boolean },
): void {
  console.log(
    `data: ${sizes.citizens.toLocaleString('en')} citizens, ${sizes.cases.toLocaleString('en')} cases on ${database}; generated in ${generation.seconds.toFixed(1)} s${generation.reused ? ' (an earlier run, schema reused)' : ''}`,
  );
}

/**
 * Waits until the application's database pool is idle: when autocannon stops, the server still works
 * through the requests it had accepted, and the next measurement should not pay for them.
 */
export async function waitUntilIdle(pool: pg.Pool, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && (pool.waitingCount > 0 || pool.idleCount < pool.totalCount))
    await new Promise((resolve) => setTimeout(resolve, 100));
}
