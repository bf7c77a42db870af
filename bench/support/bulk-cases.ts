import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { measure as measureOnce } from './http-measure.ts';
import { printSizes, waitUntilIdle } from './bench-checks.ts';

/**
 * Cases and citizens generated in bulk for the cases benchmarks, in a few large `insert … select …
 * from generate_series(…)` statements (never row by row). Ids follow from the row number (md5 of a
 * prefix and the number, as a uuid), so a benchmark finds a citizen's cases without a query:
 * case i has citizen i mod citizens as its applicant.
 *
 * Sizes: BENCH_CITIZENS and BENCH_CASES; by default 100,000 citizens and 200,000 cases on the PostgreSQL
 * server, 25,000 and 50,000 on PGlite (the full size is 1,000,000 and 2,000,000). BENCH_SCHEMA=<name>
 * (PostgreSQL only) keeps the schema after the run and reuses its data on the next run instead of generating it.
 */
export interface BulkSizes {
  citizens: number;
  cases: number;
}

export const personId = (index: number) => md5Uuid(`p${index}`);
export const caseId = (index: number) => md5Uuid(`c${index}`);
export const caseReference = (index: number) => `2025-${String(index).padStart(7, '0')}`;

function md5Uuid(text: string): string {
  // a version-4 layout (version and variant nibbles set), so strict uuid validators accept it
  const md5 = createHash('md5').update(text).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function benchSizes(embedded: boolean): BulkSizes {
  // the defaults keep a run within a few minutes on a small machine; the full size takes ~5 minutes to generate once
  const fallback = embedded ? { citizens: 25_000, cases: 50_000 } : { citizens: 100_000, cases: 200_000 };
  return {
    citizens: Number(process.env.BENCH_CITIZENS ?? fallback.citizens),
    cases: Number(process.env.BENCH_CASES ?? fallback.cases),
  };
}

/** The application for a cases benchmark, on the reused schema when BENCH_SCHEMA is set (kept after the run). */
export async function startBenchApp(): Promise<TestApp> {
  const schema = process.env.DATABASE_URL ? process.env.BENCH_SCHEMA : undefined;
  return startTestApp({ RATE_LIMIT_PER_MINUTE: '100000000', ...(schema ? { DATABASE_SCHEMA: schema } : {}) });
}

/** The citizen of row `index`, as the login callback would build the principal. */
export const citizenPrincipal = (index: number): Principal => ({
  kind: 'citizen',
  id: personId(index),
  name: `Bench Testperson ${index}`,
  cpr: benchCpr(index),
  roles: ['citizen'],
  assurance: 'substantial',
});

/**
 * A valid-format fictitious CPR: a birth date between 1930 and 1998 and a serial starting with 0 (so
 * the century is 1900). The serials stay below 0400, which the demo citizens never use.
 */
function benchCpr(index: number): string {
  const date = new Date(Date.UTC(1930, 0, 1) + (index % 25_000) * 86_400_000);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
  return `${dd}${mm}${yy}${String(Math.floor(index / 25_000)).padStart(4, '0')}`;
}

interface StateInfo {
  id: string;
  result: string | null;
  label: unknown;
  citizenLabel: unknown;
}

/** What the generator needs of each current case type: its version, department, states and caseworkers. */
async function caseTypeInfo(raadhus: Raadhus) {
  const cases = raadhus.services.cases;
  const identity = raadhus.services.identity;
  const departments = await identity.listDepartments();
  const { staff } = await identity.testIdentities();
  return (await cases.caseTypes.allCurrent()).map((type, n) => {
    const definition = type.definition;
    const department = departments.find((candidate) => candidate.code === definition.departmentCode);
    const states: StateInfo[] = definition.workflow.states.map((state) => ({
      id: state.id,
      result: state.end ? ((state.end as { result?: string }).result ?? null) : null,
      label: state.label,
      citizenLabel: state.citizenLabel ?? state.label,
    }));
    return {
      n,
      code: type.code,
      version_id: type.id,
      department_id: department?.id ?? null,
      title: definition.name.da,
      open_states: states.filter(
        (state) => !definition.workflow.states.find((candidate) => candidate.id === state.id)?.end,
      ),
      end_states: states.filter(
        (state) => definition.workflow.states.find((candidate) => candidate.id === state.id)?.end,
      ),
      caseworkers: staff
        .filter(
          (member) =>
            member.departmentId && member.departmentId === department?.id && member.roles.includes('caseworker'),
        )
        .map((member) => member.id),
    };
  });
}

/**
 * Generates the data unless the schema already holds it (a reused BENCH_SCHEMA). One case in ten is
 * open (received in the last 60 days, a deadline 30 days after; a quarter unassigned); the rest are
 * closed, over five years. Each case has its applicant, every tenth a second party, and three events
 * (created and a transition on the parties' timeline, an internal assignment).
 */
export async function ensureBulkCases(
  raadhus: Raadhus,
  sizes: BulkSizes,
): Promise<{ seconds: number; reused: boolean }> {
  const db = raadhus.database.db;
  await sql`create table if not exists bench_bulk_marker (citizens integer not null, cases integer not null, seconds real not null)`.execute(
    db,
  );
  const marker = await sql<{
    citizens: number;
    cases: number;
    seconds: number;
  }>`select * from bench_bulk_marker`.execute(db);
  const existing = marker.rows[0];
  if (existing) {
    if (existing.citizens !== sizes.citizens || existing.cases !== sizes.cases)
      throw new Error(
        `schema holds ${existing.citizens} citizens and ${existing.cases} cases, not the sizes asked for`,
      );
    return { seconds: existing.seconds, reused: true };
  }
  const started = performance.now();
  const types = await caseTypeInfo(raadhus);
  const typeCount = types.length;
  const statesJson = JSON.stringify(
    types.flatMap((type) => [...type.open_states, ...type.end_states].map((state) => ({ code: type.code, ...state }))),
  );
  const step = async (label: string, statement: ReturnType<typeof sql>) => {
    const at = performance.now();
    await statement.execute(db);
    console.log(`  ${label}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
  };

  await step(
    `${sizes.citizens} people`,
    sql`insert into people (id, cpr, name, address, postcode, city, is_test)
      select overlay(overlay(md5('p' || i) placing '4' from 13) placing '8' from 17)::uuid,
        to_char(date '1930-01-01' + (i % 25000), 'DDMMYY') || lpad((i / 25000)::text, 4, '0'),
        'Bench Testperson ' || i, 'Benchvej ' || (i % 500 + 1), '9999', 'Demoby', true
      from generate_series(0, ${sizes.citizens - 1}::int) as i`,
  );

  await step(
    `${sizes.cases} cases`,
    sql`insert into cases_cases (id, reference, case_type_code, case_type_version_id, title, state, result, channel, department_id, assignee_id, deadline, fields, version, received_at, closed_at, updated_at, created_by)
      with types as (
        select * from jsonb_to_recordset(${JSON.stringify(types)}::jsonb)
          as t(n int, code text, version_id uuid, department_id uuid, title text, open_states jsonb, end_states jsonb, caseworkers jsonb)
      ),
      -- h: a hash of the row number, so assignment and state do not follow the case type (i mod types)
      g as (select i, (i / ${typeCount}::int) % 10 = 0 as open, hashint4(i) & 2147483647 as h from generate_series(0, ${sizes.cases - 1}::int) as i)
      select overlay(overlay(md5('c' || g.i) placing '4' from 13) placing '8' from 17)::uuid, '2025-' || lpad(g.i::text, 7, '0'), t.code, t.version_id, t.title,
        s.state->>'id', s.state->>'result', case when g.i % 5 = 0 then 'phone' else 'selfservice' end, t.department_id,
        case when g.h % 4 = 0 or jsonb_array_length(t.caseworkers) = 0 then null else (t.caseworkers->>((g.h / 4) % jsonb_array_length(t.caseworkers)))::uuid end,
        r.received + interval '30 days', '{}'::jsonb, 1, r.received,
        case when g.open then null else r.received + interval '20 days' end, r.received, 'bench'
      from g
      join types t on t.n = g.i % ${typeCount}::int
      cross join lateral (select case when g.open then t.open_states else t.end_states end as list) x
      cross join lateral (select x.list -> ((g.h / 64) % jsonb_array_length(x.list)) as state) s
      cross join lateral (select case when g.open then now() - make_interval(hours => g.i % 1440) else now() - make_interval(hours => 1440 + g.i % 43800) end as received) r`,
  );

  await step(
    'parties',
    sql`insert into cases_parties (case_id, role, person_id)
      select overlay(overlay(md5('c' || i) placing '4' from 13) placing '8' from 17)::uuid, 'applicant', overlay(overlay(md5('p' || (i % ${sizes.citizens}::int)) placing '4' from 13) placing '8' from 17)::uuid from generate_series(0, ${sizes.cases - 1}::int) as i
      union all
      select overlay(overlay(md5('c' || i) placing '4' from 13) placing '8' from 17)::uuid, 'party', overlay(overlay(md5('p' || ((i + 7) % ${sizes.citizens}::int)) placing '4' from 13) placing '8' from 17)::uuid from generate_series(0, ${sizes.cases - 1}::int, 10) as i`,
  );

  // one statement per kind, in timeline order, so the ids (bigserial) order each case's events
  await step(
    'events: created',
    sql`insert into cases_events (case_id, occurred_at, kind, actor_kind, actor_id, actor_name, details, visible_to_parties)
      select id, received_at, 'created', 'client', 'bench', 'Selvbetjening', jsonb_build_object('channel', channel), true from cases_cases where created_by = 'bench'`,
  );
  await step(
    'events: assigned',
    sql`insert into cases_events (case_id, occurred_at, kind, actor_kind, actor_id, actor_name, details, visible_to_parties)
      select id, received_at + interval '1 hour', 'assigned', 'staff', 'bench', 'Bench Sagsbehandler', jsonb_build_object('assigneeName', 'Bench Sagsbehandler'), false from cases_cases where created_by = 'bench'`,
  );
  await step(
    'events: transition',
    sql`insert into cases_events (case_id, occurred_at, kind, actor_kind, actor_id, actor_name, details, visible_to_parties)
      with states as (select * from jsonb_to_recordset(${statesJson}::jsonb) as s(code text, id text, label jsonb, "citizenLabel" jsonb))
      select c.id, c.received_at + interval '2 hours', 'transition', 'staff', 'bench', 'Bench Sagsbehandler',
        jsonb_build_object('transitionId', 'bench', 'transition', jsonb_build_object('da', 'Sagsbehandling', 'en', 'Case handling'), 'from', 'received', 'to', c.state,
          'fromLabel', jsonb_build_object('da', 'Modtaget', 'en', 'Received'), 'toLabel', s.label, 'citizenLabel', s."citizenLabel", 'result', c.result), true
      from cases_cases c join states s on s.code = c.case_type_code and s.id = c.state where c.created_by = 'bench'`,
  );
  // as autovacuum would leave them: statistics for the planner, and the visibility map for index-only scans
  await step('vacuum analyze', sql`vacuum analyze people, cases_cases, cases_parties, cases_events`);
  const seconds = (performance.now() - started) / 1000;
  await sql`insert into bench_bulk_marker (citizens, cases, seconds) values (${sizes.citizens}, ${sizes.cases}, ${seconds})`.execute(
    db,
  );
  return { seconds, reused: false };
}

/** `count` citizens spread over all of them (one session each, so the cache is not one hot row). */
export function spreadCitizens(sizes: BulkSizes, count: number): number[] {
  const stride = Math.max(1, Math.floor(sizes.citizens / count));
  return Array.from({ length: Math.min(count, sizes.citizens) }, (_, k) => k * stride);
}

/** The case rows of a citizen (its applicant cases): i, i + citizens, i + 2·citizens, … */
export function casesOfCitizen(sizes: BulkSizes, citizen: number): number[] {
  const rows: number[] = [];
  for (let row = citizen; row < sizes.cases; row += sizes.citizens) rows.push(row);
  return rows;
}

/**
 * The caseworkers whose departments have generated open cases, as the login callback builds their
 * principal, with the open cases of the smallest such department (to pick a deep page that exists).
 */
export async function benchCaseworkers(raadhus: Raadhus): Promise<{ caseworkers: Principal[]; smallestQueue: number }> {
  const identity = raadhus.services.identity;
  const queues = await sql<{
    department_id: string;
    open: string;
  }>`select department_id, count(*) as open from cases_cases where closed_at is null and created_by = 'bench' and department_id is not null group by department_id`.execute(
    raadhus.database.db,
  );
  const caseworkers: Principal[] = [];
  for (const queue of queues.rows) {
    for (const colleague of await identity.staffInDepartment(queue.department_id)) {
      const member = await identity.getStaff(colleague.id);
      if (member?.roles.includes('caseworker'))
        caseworkers.push({
          kind: 'staff',
          id: member.id,
          name: member.name,
          roles: member.roles,
          departmentId: member.departmentId,
          assurance: 'substantial',
        });
    }
  }
  return { caseworkers, smallestQueue: Math.min(...queues.rows.map((queue) => Number(queue.open))) };
}

/**
 * The opening both cases benchmarks share: the bulk data (generated, or reused with BENCH_SCHEMA) with its
 * sizes printed, and a measure that lets the pool drain between rows so one row's backlog is not the next's.
 */
export async function prepareCasesBench(
  raadhus: Raadhus,
): Promise<{ database: string; sizes: BulkSizes; measure: typeof measureOnce }> {
  const database = raadhus.database.embedded ? 'PGlite' : 'PostgreSQL';
  const sizes = benchSizes(raadhus.database.embedded);
  printSizes(database, sizes, await ensureBulkCases(raadhus, sizes));
  const measure: typeof measureOnce = async (...args) => {
    const row = await measureOnce(...args);
    await waitUntilIdle(raadhus.database.pool);
    return row;
  };
  return { database, sizes, measure };
}
