import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '#src/config.ts';
import { freePort } from '#test-support/test-app.ts';

/** The real entry point (`src/main.ts`) as operators run it: configuration errors, the data directory lock, shutdown. */

const dataDir = mkdtempSync(join(tmpdir(), 'raadhus-process-'));
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Only what the process needs: no DATABASE_URL or other settings leak in from the test runner's environment. */
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info' };

interface Started {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('configuration: every problem is listed at once, naming the variable', () => {
  const cases: Array<[Record<string, string>, string[]]> = [
    [{ PORT: 'abc', NODE_ENV: 'production' }, ['PORT', 'SESSION_SECRET', 'OIDC_ISSUER']],
    [
      { NODE_ENV: 'production', SESSION_SECRET: 'short', OIDC_ISSUER: 'https://idp.example' },
      ['SESSION_SECRET', 'OIDC_CLIENT_ID'],
    ],
    [
      {
        NODE_ENV: 'production',
        TEST_IDP: 'true',
        SESSION_SECRET: 'x'.repeat(32),
        OIDC_ISSUER: 'https://idp.example',
        OIDC_CLIENT_ID: 'raadhus',
      },
      ['TEST_IDP'],
    ],
    [{ DATABASE_URL: 'mysql://nope', LOG_LEVEL: 'loud', DEMO_DATA: 'yes' }, ['DATABASE_URL', 'LOG_LEVEL', 'DEMO_DATA']],
  ];
  for (const [env, expected] of cases) {
    let problems: string[] = [];
    try {
      loadConfig(env);
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      problems = error.problems;
    }
    assert.deepEqual(
      problems.map((problem) => problem.split(':')[0]).sort(),
      [...expected].sort(),
      JSON.stringify(env),
    );
  }
  const development = loadConfig({});
  assert.equal(development.testIdp, true);
  assert.equal(development.demoData, true);
  // loopback unless HOST says otherwise; a login returns to the address the service is bound to
  assert.equal(development.HOST, '127.0.0.1');
  assert.equal(development.publicUrl, 'http://127.0.0.1:3000');
  assert.equal(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl, 'http://localhost:8080');
  assert.equal(loadConfig({ HOST: '::1' }).publicUrl, 'http://[::1]:3000');
  assert.equal(loadConfig({ PUBLIC_URL: 'https://service.example.dk/' }).publicUrl, 'https://service.example.dk');
  const production = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'x'.repeat(32),
    OIDC_ISSUER: 'https://idp.example',
    OIDC_CLIENT_ID: 'raadhus',
  });
  assert.equal(production.testIdp, false);
  assert.equal(production.demoData, false);
});

test('production refuses an http:// identity provider; loopback only by explicit setting', () => {
  const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), OIDC_CLIENT_ID: 'raadhus' };
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.problems;
    }
  };
  const refused = problemsOf({ ...production, OIDC_ISSUER: 'http://idp.example' });
  assert.equal(refused.length, 1);
  assert.match(refused[0], /^OIDC_ISSUER: must be an https:\/\/ URL in production/);
  assert.equal(problemsOf({ ...production, OIDC_ISSUER: 'http://127.0.0.1:4000' }).length, 1, 'loopback, no setting');
  for (const issuer of ['http://127.0.0.1:4000/idp', 'http://localhost:4000', 'http://[::1]:4000'])
    assert.deepEqual(problemsOf({ ...production, OIDC_ISSUER: issuer, OIDC_ALLOW_HTTP_LOOPBACK: 'true' }), [], issuer);
  assert.equal(
    problemsOf({ ...production, OIDC_ISSUER: 'http://idp.example', OIDC_ALLOW_HTTP_LOOPBACK: 'true' }).length,
    1,
    'the setting allows loopback only',
  );
  assert.deepEqual(problemsOf({ ...production, OIDC_ISSUER: 'https://idp.example' }), []);
  assert.deepEqual(problemsOf({ OIDC_ISSUER: 'http://idp.example', OIDC_CLIENT_ID: 'raadhus' }), [], 'development');
});

test('a bad configuration stops start-up with exit code 78, naming PORT and SESSION_SECRET', async () => {
  const started = start({ PORT: 'abc', NODE_ENV: 'production', DATA_DIR: join(dataDir, 'never-used') });
  const code = await started.exited;
  const { stderr } = started.output();
  assert.equal(code, 78, stderr);
  assert.match(stderr, /PORT/);
  assert.match(stderr, /SESSION_SECRET/);
  assert.ok(!existsSync(join(dataDir, 'never-used')), 'nothing was created before the configuration was checked');
});

test('a second process on the same data directory is refused while the first runs; SIGTERM lets a slow request finish', async () => {
  const port = await freePort();
  // no HOST: it binds loopback by default
  const first = start({ PORT: String(port), DATA_DIR: dataDir });
  await waitFor(
    () => first.output().stdout.includes('Raadhus is running') || first.child.exitCode !== null,
    'the first process to start',
  );
  assert.equal(first.child.exitCode, null, first.output().stderr);
  // everything it says goes through pino's JSON log: no library warning on stderr or stdout
  const said = first.output();
  assert.doesNotMatch(said.stderr, /oidc-provider|WARNING/, said.stderr);
  for (const line of said.stdout.split('\n').filter(Boolean)) assert.doesNotThrow(() => JSON.parse(line), line);
  assert.match(said.stdout, new RegExp(`"url":"http://127\\.0\\.0\\.1:${port}"`));
  assert.ok(existsSync(join(dataDir, 'raadhus.lock')));

  const second = start({ PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir });
  const secondCode = await second.exited;
  assert.notEqual(secondCode, 0);
  assert.match(second.output().stderr, /data directory .* is in use by another Raadhus process \(pid \d+\)/);

  // A slow request: its body trickles in, and SIGTERM arrives half-way.
  const body = `_csrf=none&${'a=1&'.repeat(50)}`;
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const slow = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/auth/logout',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          accept: 'text/html',
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    slow.on('error', reject);
    slow.write(body.slice(0, 20));
    setTimeout(() => {
      first.child.kill('SIGTERM');
      setTimeout(() => slow.end(body.slice(20)), 700);
    }, 300);
  });
  const answered = await response;
  // The request is answered in full (a CSRF refusal: it carried no token) — not cut off, not a 503.
  assert.equal(answered.status, 403);
  assert.match(answered.text, /<\/html>/);
  const firstCode = await first.exited;
  assert.equal(firstCode, 0, first.output().stderr);
  assert.match(first.output().stdout, /shutting down/);
  assert.ok(!existsSync(join(dataDir, 'raadhus.lock')), 'the lock is released on shutdown');
});
