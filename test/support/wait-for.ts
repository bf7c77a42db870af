/**
 * Polls `check` until it returns a value (anything truthy), or fails naming `what` after `timeoutMs` (20 s unless
 * told). The one polling helper of the tests: the module fixtures re-export it. `waitFor(check, 60_000)` is short for
 * a wait that names nothing.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  what: string | number = 'a condition',
  timeoutMs = 20_000,
): Promise<T> {
  const [name, limit] = typeof what === 'number' ? ['a condition', what] : [what, timeoutMs];
  const deadline = Date.now() + limit;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
