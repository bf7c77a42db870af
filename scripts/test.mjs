#!/usr/bin/env node
// The one test command: type check, format and lint, import rules, then every test file (unit, service, HTTP and browser tiers) with node's test runner.
// Set DATABASE_URL to run the same tests against a PostgreSQL server (each test app gets a fresh schema).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync } from 'node:fs';

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const patterns = process.argv.slice(2);
if (patterns.length === 0) {
  run('npx', ['--no-install', 'tsc', '--noEmit']);
  // formatter and linter (Biome, print width 120)
  run('npx', ['--no-install', 'biome', 'check', '--diagnostic-level=error', '.']);
  // import rules (.dependency-cruiser.cjs): platform/ imports no module, and no import circle exists
  run('npx', ['--no-install', 'depcruise', 'src', '--output-type', 'err']);
  // the integration API's OpenAPI document (what /api/docs serves), linted by Redocly CLI (redocly.yaml)
  run(process.execPath, ['--import', 'tsx', 'scripts/openapi-document.ts', 'build/openapi/openapi.json']);
  run('npx', ['--no-install', 'redocly', 'lint', '--config', 'redocly.yaml', 'build/openapi/openapi.json'], {
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  });
}
// A test file whose process stops answering (its event loop held by a loop inside the embedded database, so no test
// timeout can fire) would hold the run until CI's hard limit. When the run prints nothing for this long, the file
// processes of the runner are stopped: the runner reports the file as failed and goes on, and the retry below runs it
// again. No test file runs this long in silence (the longest prints within about 3 minutes).
const STALL_MS = Number(process.env.TEST_STALL_MINUTES ?? 8) * 60_000;

const stopStalledFiles = (runnerPid) => {
  const children = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(runnerPid)], { encoding: 'utf8' }).stdout;
  for (const line of children.split('\n')) {
    const [pid, ...args] = line.trim().split(/\s+/);
    const file = args.find((arg) => /\.test\.tsx?$/.test(arg));
    if (!pid || !file) continue;
    console.log(`\n== no output for ${STALL_MS / 60_000} minutes: stopping ${file}, which does not end`);
    process.kill(Number(pid), 'SIGKILL');
  }
};

const testRun = (files, reportFile) =>
  new Promise((resolve) => {
    const runner = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=junit',
        `--test-reporter-destination=${reportFile}`,
        '--test-timeout=180000',
        ...files,
      ],
      { stdio: ['inherit', 'pipe', 'inherit'] },
    );
    let lastOutput = Date.now();
    runner.stdout.on('data', (chunk) => {
      lastOutput = Date.now();
      process.stdout.write(chunk);
    });
    const watchdog = setInterval(() => {
      if (Date.now() - lastOutput < STALL_MS) return;
      lastOutput = Date.now();
      stopStalledFiles(runner.pid);
    }, 10_000);
    runner.on('close', (code) => {
      clearInterval(watchdog);
      resolve(code ?? 1);
    });
  });

// The files with a failed test, from the JUnit report (node's reporter names each test case's file).
const failedFiles = (reportFile) => {
  if (!existsSync(reportFile)) return [];
  const failed = readFileSync(reportFile, 'utf8')
    .split('<testcase ')
    .filter((testCase) => /^[^>]*failure="/.test(testCase) || /^[^>]*[^/]>\s*<failure/.test(testCase))
    .map((testCase) => /file="([^"]+)"/.exec(testCase)?.[1])
    .filter(Boolean);
  return [...new Set(failed)];
};

// Every test file; on the PostgreSQL server without the accessibility scans (*.a11y.test.ts): they read rendered pages,
// which are the same on both databases, and scanning them in Chromium is a fifth of a run's time.
const allTestFiles = () =>
  globSync(['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'])
    .filter((file) => !(process.env.DATABASE_URL && file.endsWith('.a11y.test.ts')))
    .sort();

mkdirSync('build', { recursive: true });
// The demo-seeded database each test app starts a copy of (test/support/seeded-template.ts), dropped at the end.
const templateCommand = (...args) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'test/support/seeded-template-command.ts', ...args], {
    encoding: 'utf8',
    stdio: ['inherit', 'pipe', 'inherit'],
  });
const built = templateCommand('build');
if (built.status !== 0) process.exit(built.status ?? 1);
[process.env.RAADHUS_TEST_TEMPLATE, process.env.RAADHUS_TEST_TEMPLATE_DAY] = built.stdout.trim().split(' ');
const finish = (code) => {
  templateCommand('drop', process.env.RAADHUS_TEST_TEMPLATE);
  process.exit(code);
};

const status = await testRun(patterns.length ? patterns : allTestFiles(), 'build/test-results.xml');
if (status === 0) finish(0);

// One more run of the failed files only, when they are few: a test that fails because the machine was starved for
// a moment (two database runs share 2 cores in CI) passes then, and is named below so it gets fixed; a real failure
// fails twice and the run stays red.
const files = failedFiles('build/test-results.xml');
if (files.length === 0 || files.length > 3) finish(status);
console.log(`\n== failed once, running again: ${files.join(', ')}`);
const rerun = await testRun(files, 'build/test-results-rerun.xml');
console.log(
  rerun === 0
    ? `== FLAKY (failed once, passed on the second run): ${files.join(', ')}`
    : `== failed twice: ${files.join(', ')}`,
);
finish(rerun);
