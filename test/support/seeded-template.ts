import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { danishDay } from '#platform/time/danish-day.ts';

/*
 * The migrated, demo-seeded database every test app starts from. Migrating and seeding (a month of cases moved through
 * their workflows, with letters) is most of an app's start: about 10 of 12 seconds on the 2-core CI machine, paid by
 * every one of ~90 test files on both databases. The test command (scripts/test.mjs) builds the template once per
 * run, with the queue settled so no job is left half-done in it, and each test app starts on its own copy: a copied
 * PGlite data directory (on tmpfs), or a database created from the template database on the PostgreSQL server.
 * Without the template (a test file run on its own with `node --test`) every app migrates and seeds itself as before.
 */

/** The template of this run: set by scripts/test.mjs for the test files it runs. */
const TEMPLATE_ENV = 'RAADHUS_TEST_TEMPLATE';
/** The Danish day the template was seeded on (see usableTemplate). */
const TEMPLATE_DAY_ENV = 'RAADHUS_TEST_TEMPLATE_DAY';
/** The schema on the PostgreSQL server that the template (and so every copy) keeps its tables in. */
const SERVER_SCHEMA = 'raadhus_test';

export interface TemplateCopy {
  /** the settings that point an app at the copy */
  env: Record<string, string>;
  drop(): Promise<void>;
}

const serverUrl = () => process.env.DATABASE_URL;

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** Runs `work` on one connection to the PostgreSQL server (`url`: DATABASE_URL's database by default). */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>, url = serverUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Where the embedded copies live: tmpfs when the machine has one, as PGlite writes its files there. */
const embeddedRoot = (run: string) => path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), `raadhus-test-${run}`);

/** The template's name for this run: a PGlite data directory, or a database on the server. */
export function newTemplateName(): string {
  const run = randomBytes(4).toString('hex');
  return serverUrl() ? `raadhus_tpl_${run}` : path.join(embeddedRoot(run), 'template');
}

/** The settings of the app that seeds the template. */
export async function templateEnv(name: string): Promise<Record<string, string>> {
  if (!serverUrl()) return { DATA_DIR: name };
  await onServer((client) => client.query(`create database "${name}"`));
  return { DATABASE_URL: withDatabase(serverUrl()!, name), DATABASE_SCHEMA: SERVER_SCHEMA };
}

/**
 * This run's template, while it is usable: demo data is seeded relative to the day it is seeded on ("received 3 days
 * ago", "today's figures"), so after midnight in Copenhagen an app seeds its own again instead.
 */
export function usableTemplate(): string | undefined {
  const name = process.env[TEMPLATE_ENV];
  return name && process.env[TEMPLATE_DAY_ENV] === danishDay() ? name : undefined;
}

/** A fresh copy of the template for one test app. */
export async function copyTemplate(name: string): Promise<TemplateCopy> {
  const id = randomBytes(6).toString('hex');
  if (!serverUrl()) {
    const directory = path.join(path.dirname(name), `app-${id}`);
    cpSync(name, directory, { recursive: true });
    return {
      env: { DATA_DIR: directory },
      drop: async () => rmSync(directory, { recursive: true, force: true }),
    };
  }
  const copy = `${name}_${id}`;
  await onServer((client) => client.query(`create database "${copy}" template "${name}"`));
  return {
    env: { DATABASE_URL: withDatabase(serverUrl()!, copy), DATABASE_SCHEMA: SERVER_SCHEMA },
    drop: () => onServer((client) => client.query(`drop database if exists "${copy}" with (force)`)).then(() => {}),
  };
}

/** Removes the template and every copy left behind (a test file stopped by the watchdog does not drop its own). */
export async function dropTemplate(name: string): Promise<void> {
  if (!serverUrl()) {
    rmSync(path.dirname(name), { recursive: true, force: true });
    return;
  }
  await onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname = $1 or datname like $2`,
      [name, `${name}\\_%`],
    );
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  });
}
