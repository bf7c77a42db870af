// Each validation runs xmllint in its own worker thread with up to 256 MiB of memory: a burst of incoming
// messages is validated a few at a time instead of all at once.
const MAX_PARALLEL_VALIDATIONS = 2;
let running = 0;
const waiting: Array<() => void> = [];

/** Runs `work` when one of the validation slots is free. */
export async function withValidationSlot<T>(work: () => Promise<T>): Promise<T> {
  // a finishing validation hands its slot straight to the next waiter, so the limit holds in between
  if (running >= MAX_PARALLEL_VALIDATIONS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
