#!/usr/bin/env node
// The one test command: type check, format and lint, import rules, then every test file (unit, service, HTTP and browser tiers) with node's test runner.
// Set DATABASE_URL to run the same tests against a PostgreSQL server (each test app gets a fresh schema).
import { spawnSync } from 'node:child_process';

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
run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-timeout=180000',
  ...(patterns.length ? patterns : ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts']),
]);
