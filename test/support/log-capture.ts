import { Writable } from 'node:stream';

/** Collects the JSON log lines pino writes, for tests that check what is (and is never) logged. */
export class LogCapture extends Writable {
  private buffer = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.buffer += chunk.toString();
    done();
  }

  text(): string {
    return this.buffer;
  }

  entries(): Array<Record<string, unknown>> {
    return this.buffer
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  clear(): void {
    this.buffer = '';
  }
}
