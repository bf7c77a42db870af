/**
 * Gathers the look-ups that concurrent requests make in the same turn of the event loop into one statement.
 * Under load each statement costs far more in the round trip (a write to the socket, the server waking up, a
 * parse and a plan) than in its rows, so fifty requests' session look-ups cost about one. Each caller still gets
 * its own answer from the database, read when it asked: nothing is cached between turns.
 */
export function batchPerTurn<Input, Output>(
  run: (inputs: Input[]) => Promise<Output[]>,
  maxBatch = 500,
): (input: Input) => Promise<Output> {
  const waiting: Array<{ input: Input; resolve(output: Output): void; reject(error: unknown): void }> = [];
  const flush = () => {
    const batch = waiting.splice(0, maxBatch);
    if (waiting.length) setImmediate(flush);
    run(batch.map((entry) => entry.input)).then(
      (outputs) => batch.forEach((entry, index) => entry.resolve(outputs[index])),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  };
  return (input) =>
    new Promise<Output>((resolve, reject) => {
      // setImmediate, not a microtask: it runs after every request whose bytes arrived in this turn has asked
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ input, resolve, reject });
    });
}
