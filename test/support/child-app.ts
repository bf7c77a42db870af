import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './test-app.ts';

/**
 * The app in a child process, for the crash tests: `node --import tsx <script>` with the test's environment,
 * its stdout read line by line (the script prints what it reached: `ready`, `sent`, `progress …`). kill -9 is
 * a real crash: no shutdown hook runs, the database sees the connections drop.
 */
export interface ChildApp {
  process: ChildProcess;
  /** resolves with the first line (already printed or still to come) that `match` accepts */
  line(match: (line: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  kill(): Promise<void>;
  /** SIGTERM: the script closes the app and exits */
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

export async function startChildApp(script: string, env: Record<string, string>, until: string): Promise<ChildApp> {
  const port = await freePort();
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...inherited,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  let rest = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    if (process.env.TEST_LOG_LEVEL) process.stderr.write(chunk);
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiting) wake();
  });
  child.once('exit', () => {
    for (const wake of waiting) wake();
  });
  const line = (match: (line: string) => boolean, what: string, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`timed out waiting for ${what}`)), timeoutMs);
      const check = () => {
        const found = lines.find(match);
        if (found !== undefined) done(undefined, found);
        else if (child.exitCode !== null || child.signalCode !== null)
          done(new Error(`the app exited (${child.exitCode ?? child.signalCode}) before ${what}`));
      };
      const done = (error?: Error, found?: string) => {
        clearTimeout(timer);
        waiting.delete(check);
        if (error) reject(error);
        else resolve(found!);
      };
      waiting.add(check);
      check();
    });
  const app: ChildApp = {
    process: child,
    line,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
  await line((text) => text === until, `"${until}"`, 120_000);
  return app;
}
