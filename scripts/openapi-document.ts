// Writes the integration API's OpenAPI document (what /api/docs serves) to a file, for the linter and the client
// generator: `tsx scripts/openapi-document.ts build/openapi/openapi.json`. Builds the app on an in-memory database.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import pino from 'pino';
import { createRaadhus } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';

const target = process.argv[2] ?? 'build/openapi/openapi.json';
const config = loadConfig({
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  // linted as a production installation serves it (https public URL; `.invalid` is the reserved example domain)
  PUBLIC_URL: 'https://raadhus.kommune.invalid',
  DATA_DIR: 'memory://',
  DEMO_DATA: 'false',
  LOG_LEVEL: 'silent',
  RUN_MODE: 'web',
});
const raadhus = await createRaadhus(config, pino({ level: 'silent' }));
try {
  const response = await raadhus.http!.inject({ method: 'GET', url: '/api/docs' });
  if (response.statusCode !== 200) throw new Error(`/api/docs answered ${response.statusCode}`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(response.json(), null, 2)}\n`);
  console.log(`OpenAPI document written to ${target}`);
} finally {
  await raadhus.close();
}
