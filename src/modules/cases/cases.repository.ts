import { sql, type Generated, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

export interface CaseTypeRow {
  code: string;
  current_version_id: string | null;
  created_at: Generated<Date>;
}
export interface CaseTypeVersionRow {
  id: Generated<string>;
  code: string;
  version: number;
  origin: 'standard' | 'local';
  definition: unknown;
  created_at: Generated<Date>;
  created_by: string | null;
}
export interface CaseRow {
  id: Generated<string>;
  reference: string;
  case_type_code: string;
  case_type_version_id: string;
  title: string;
  state: string;
  result: string | null;
  channel: string;
  department_id: string | null;
  assignee_id: string | null;
  deadline: Date | null;
  fields: Generated<Record<string, unknown>>;
  version: Generated<number>;
  received_at: Generated<Date>;
  closed_at: Date | null;
  updated_at: Generated<Date>;
  created_by: string;
  /** the deadline `cases.deadline-missed` was published for (the daily check publishes once per deadline) */
  deadline_missed_for: Generated<Date | null>;
}
export interface PartyRow {
  id: Generated<string>;
  case_id: string;
  role: 'applicant' | 'party';
  person_id: string | null;
  business_id: string | null;
}
export interface EventRow {
  id: Generated<number>;
  case_id: string;
  occurred_at: Generated<Date>;
  kind: string;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  details: Generated<Record<string, unknown>>;
  visible_to_parties: Generated<boolean>;
}
export interface DocumentRow {
  id: Generated<string>;
  case_id: string;
  document_type: string;
  title: string;
  shared_with_parties: Generated<boolean>;
  created_at: Generated<Date>;
  created_by: string;
}
export interface DocumentVersionRow {
  id: Generated<string>;
  document_id: string;
  version: number;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: Generated<Date>;
  created_by: string;
}
export interface NoteRow {
  id: Generated<string>;
  case_id: string;
  body: string;
  author_id: string;
  author_name: string;
  created_at: Generated<Date>;
}
export interface TaskRow {
  id: Generated<string>;
  case_id: string;
  title: string;
  due_at: Date | null;
  assignee_id: string | null;
  role: string | null;
  created_at: Generated<Date>;
  created_by: string;
  done_at: Date | null;
  done_by: string | null;
}

export type CasesTables = {
  cases_case_types: CaseTypeRow;
  cases_case_type_versions: CaseTypeVersionRow;
  cases_reference_counters: { year: number; last: number };
  cases_cases: CaseRow;
  cases_parties: PartyRow;
  cases_events: EventRow;
  cases_documents: DocumentRow;
  cases_document_versions: DocumentVersionRow;
  cases_notes: NoteRow;
  cases_tasks: TaskRow;
};

type Selected<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] };
export type Case = Selected<CaseRow>;
export type CaseTypeVersion = Selected<CaseTypeVersionRow>;
export type Party = Selected<PartyRow>;
export type CaseEvent = Selected<EventRow>;
export type CaseDocument = Selected<DocumentRow>;
export type CaseTask = Selected<TaskRow>;
export type CaseNote = Selected<NoteRow>;

const tables = (executor: Executor) => executor.withTables<CasesTables>();
const json = (value: unknown) => JSON.stringify(value) as never;

// ---- case types -------------------------------------------------------------------------------

export const listCaseTypeVersions = (executor: Executor) =>
  tables(executor).selectFrom('cases_case_type_versions').selectAll().orderBy('code').orderBy('version').execute();
export const findCaseTypeVersion = (executor: Executor, id: string) =>
  tables(executor).selectFrom('cases_case_type_versions').selectAll().where('id', '=', id).executeTakeFirst();
export const currentCaseTypeVersions = (executor: Executor) =>
  tables(executor)
    .selectFrom('cases_case_types as type')
    .innerJoin('cases_case_type_versions as version', 'version.id', 'type.current_version_id')
    .selectAll('version')
    .orderBy('version.code')
    .execute();
export const findCurrentCaseTypeVersion = (executor: Executor, code: string) =>
  tables(executor)
    .selectFrom('cases_case_types as type')
    .innerJoin('cases_case_type_versions as version', 'version.id', 'type.current_version_id')
    .selectAll('version')
    .where('type.code', '=', code)
    .executeTakeFirst();

export const insertCaseType = (executor: Executor, code: string) =>
  tables(executor)
    .insertInto('cases_case_types')
    .values({ code, current_version_id: null })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .execute();

/** A new version of a case type (numbered after the last one), made current when `makeCurrent`. Lock the type row first. */
export async function insertCaseTypeVersion(
  executor: Executor,
  input: {
    code: string;
    origin: 'standard' | 'local';
    definition: unknown;
    createdBy: string | null;
    makeCurrent: boolean;
  },
) {
  await tables(executor)
    .selectFrom('cases_case_types')
    .select('code')
    .where('code', '=', input.code)
    .forUpdate()
    .execute();
  const last = await tables(executor)
    .selectFrom('cases_case_type_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('code', '=', input.code)
    .executeTakeFirst();
  const row = await tables(executor)
    .insertInto('cases_case_type_versions')
    .values({
      code: input.code,
      version: Number(last?.max ?? 0) + 1,
      origin: input.origin,
      definition: json(input.definition),
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (input.makeCurrent)
    await tables(executor)
      .updateTable('cases_case_types')
      .set({ current_version_id: row.id })
      .where('code', '=', input.code)
      .execute();
  return row;
}

export const latestVersionOfOrigin = (executor: Executor, code: string, origin: 'standard' | 'local') =>
  tables(executor)
    .selectFrom('cases_case_type_versions')
    .selectAll()
    .where('code', '=', code)
    .where('origin', '=', origin)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

// ---- cases ------------------------------------------------------------------------------------

/** The next reference of a year (`2026-000123`), counted in the caller's transaction so numbers are never reused. */
export async function nextReference(executor: Executor, year: number): Promise<string> {
  const row = await tables(executor)
    .insertInto('cases_reference_counters')
    .values({ year, last: 1 })
    .onConflict((conflict) => conflict.column('year').doUpdateSet({ last: sql`cases_reference_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${year}-${String(row.last).padStart(6, '0')}`;
}

export const insertCase = (
  executor: Executor,
  row: Omit<Case, 'id' | 'version' | 'updated_at' | 'closed_at' | 'result' | 'received_at' | 'deadline_missed_for'> & {
    received_at?: Date;
  },
) =>
  tables(executor)
    .insertInto('cases_cases')
    .values({ ...row, fields: json(row.fields) })
    .returningAll()
    .executeTakeFirstOrThrow();

export const findCase = (executor: Executor, id: string, { lock = false } = {}) => {
  const query = tables(executor).selectFrom('cases_cases').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
};
export const findCaseByReference = (executor: Executor, reference: string) =>
  tables(executor).selectFrom('cases_cases').selectAll().where('reference', '=', reference).executeTakeFirst();

/**
 * Optimistic locking: the change applies only when the case still has the version the caller read,
 * and moves the version on. Returns undefined when someone else changed the case in between.
 */
export const updateCase = (
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<
    Pick<Case, 'state' | 'result' | 'department_id' | 'assignee_id' | 'deadline' | 'fields' | 'closed_at'>
  >,
) =>
  tables(executor)
    .updateTable('cases_cases')
    .set((eb) => ({
      ...changes,
      ...(changes.fields ? { fields: json(changes.fields) } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();

export interface QueueQuery {
  departmentId?: string;
  assigneeId?: string;
  unassigned?: boolean;
  state?: string;
  caseTypeCode?: string;
  deadline?: 'soon' | 'overdue';
  soonBefore: Date;
  now: Date;
  includeClosed?: boolean;
  sort: 'deadline' | 'received' | 'reference';
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The queue's sort, applied both to the page of ids and to the page's rows. */
function queueOrder<O>(
  select: SelectQueryBuilder<CasesTables, 'cases_cases', O>,
  sort: QueueQuery['sort'],
  direction: QueueQuery['direction'],
): SelectQueryBuilder<CasesTables, 'cases_cases', O> {
  if (sort === 'deadline')
    return select.orderBy(sql`deadline ${sql.raw(direction)} nulls last`).orderBy('reference', direction);
  if (sort === 'received') return select.orderBy('received_at', direction).orderBy('reference', direction);
  return select.orderBy('reference', direction);
}

/**
 * A page of the work queue. A deferred join: the offset is walked over ids only (the queue indexes carry
 * the id), and only the page's rows are read, so deep pages stay cheap over millions of cases.
 */
export function queue(executor: Executor, query: QueueQuery) {
  let ids = tables(executor).selectFrom('cases_cases').select('id');
  if (query.departmentId) ids = ids.where('department_id', '=', query.departmentId);
  if (query.assigneeId) ids = ids.where('assignee_id', '=', query.assigneeId);
  if (query.unassigned) ids = ids.where('assignee_id', 'is', null);
  if (query.state) ids = ids.where('state', '=', query.state);
  if (query.caseTypeCode) ids = ids.where('case_type_code', '=', query.caseTypeCode);
  if (!query.includeClosed) ids = ids.where('closed_at', 'is', null);
  if (query.deadline === 'overdue') ids = ids.where('deadline', '<', query.now);
  if (query.deadline === 'soon') ids = ids.where('deadline', '>=', query.now).where('deadline', '<', query.soonBefore);
  const page = queueOrder(ids, query.sort, query.direction).limit(query.limit).offset(query.offset);
  return queueOrder(
    tables(executor).selectFrom('cases_cases').selectAll().where('id', 'in', page),
    query.sort,
    query.direction,
  ).execute();
}

export const countOpenAssignedTo = async (executor: Executor, assigneeId: string): Promise<number> => {
  const row = await tables(executor)
    .selectFrom('cases_cases')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('assignee_id', '=', assigneeId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
};

// ---- parties ----------------------------------------------------------------------------------

export const insertParty = (executor: Executor, party: Omit<Party, 'id'>) =>
  tables(executor).insertInto('cases_parties').values(party).returningAll().executeTakeFirstOrThrow();
export const partiesOf = (executor: Executor, caseId: string) =>
  tables(executor).selectFrom('cases_parties').selectAll().where('case_id', '=', caseId).orderBy('role').execute();

/** Cases in which this person or business is a party: the only cases "my cases" ever shows. */
export function casesOfParty(executor: Executor, party: { personId?: string; businessId?: string }, limit = 100) {
  return tables(executor)
    .selectFrom('cases_cases')
    .selectAll()
    .where('id', 'in', (eb) => {
      const sub = eb.selectFrom('cases_parties').select('case_id');
      return party.businessId
        ? sub.where('business_id', '=', party.businessId)
        : sub.where('person_id', '=', party.personId ?? '00000000-0000-0000-0000-000000000000');
    })
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
}

export async function isParty(
  executor: Executor,
  caseId: string,
  party: { personId?: string; businessId?: string },
): Promise<boolean> {
  let select = tables(executor).selectFrom('cases_parties').select('id').where('case_id', '=', caseId);
  select = party.businessId
    ? select.where('business_id', '=', party.businessId)
    : select.where('person_id', '=', party.personId ?? '00000000-0000-0000-0000-000000000000');
  return Boolean(await select.executeTakeFirst());
}

// ---- events -----------------------------------------------------------------------------------

export const insertEvent = (
  executor: Executor,
  event: Omit<CaseEvent, 'id' | 'occurred_at' | 'visible_to_parties'> & {
    visible_to_parties?: boolean;
    occurred_at?: Date;
  },
) =>
  tables(executor)
    .insertInto('cases_events')
    .values({ ...event, details: json(event.details) })
    .execute();
export const eventsOf = (executor: Executor, caseId: string, { partiesOnly = false } = {}) => {
  let select = tables(executor).selectFrom('cases_events').selectAll().where('case_id', '=', caseId);
  if (partiesOnly) select = select.where('visible_to_parties', '=', true);
  return select.orderBy('id', 'asc').execute();
};
export const latestPartyEvents = (executor: Executor, caseIds: string[]) =>
  caseIds.length
    ? tables(executor)
        .selectFrom('cases_events')
        .selectAll()
        .distinctOn('case_id')
        .where('case_id', 'in', caseIds)
        .where('visible_to_parties', '=', true)
        .orderBy('case_id')
        .orderBy('id', 'desc')
        .execute()
    : Promise.resolve([]);

// ---- documents --------------------------------------------------------------------------------

export const insertDocument = (executor: Executor, document: Omit<CaseDocument, 'id' | 'created_at'>) =>
  tables(executor).insertInto('cases_documents').values(document).returningAll().executeTakeFirstOrThrow();
export async function insertDocumentVersion(
  executor: Executor,
  version: Omit<Selected<DocumentVersionRow>, 'id' | 'created_at' | 'version'>,
) {
  await tables(executor)
    .selectFrom('cases_documents')
    .select('id')
    .where('id', '=', version.document_id)
    .forUpdate()
    .execute();
  const last = await tables(executor)
    .selectFrom('cases_document_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('document_id', '=', version.document_id)
    .executeTakeFirst();
  return tables(executor)
    .insertInto('cases_document_versions')
    .values({ ...version, version: Number(last?.max ?? 0) + 1 })
    .returning(['id', 'version', 'filename', 'content_type', 'size', 'created_at', 'created_by'])
    .executeTakeFirstOrThrow();
}
export const documentsOf = (executor: Executor, caseId: string, { sharedOnly = false } = {}) => {
  let select = tables(executor).selectFrom('cases_documents').selectAll().where('case_id', '=', caseId);
  if (sharedOnly) select = select.where('shared_with_parties', '=', true);
  return select.orderBy('created_at').execute();
};
export const findDocument = (executor: Executor, caseId: string, documentId: string) =>
  tables(executor)
    .selectFrom('cases_documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', documentId)
    .executeTakeFirst();
export const versionsOf = (executor: Executor, documentIds: string[]) =>
  documentIds.length
    ? tables(executor)
        .selectFrom('cases_document_versions')
        .select(['id', 'document_id', 'version', 'filename', 'content_type', 'size', 'created_at', 'created_by'])
        .where('document_id', 'in', documentIds)
        .orderBy('version', 'desc')
        .execute()
    : Promise.resolve([]);
export const documentContent = (executor: Executor, documentId: string, version?: number) => {
  let select = tables(executor).selectFrom('cases_document_versions').selectAll().where('document_id', '=', documentId);
  if (version !== undefined) select = select.where('version', '=', version);
  return select.orderBy('version', 'desc').limit(1).executeTakeFirst();
};
export const setDocumentShared = (executor: Executor, documentId: string, shared: boolean) =>
  tables(executor)
    .updateTable('cases_documents')
    .set({ shared_with_parties: shared })
    .where('id', '=', documentId)
    .execute();

// ---- notes and tasks --------------------------------------------------------------------------

export const insertNote = (executor: Executor, note: Omit<CaseNote, 'id' | 'created_at'>) =>
  tables(executor).insertInto('cases_notes').values(note).returningAll().executeTakeFirstOrThrow();
export const notesOf = (executor: Executor, caseId: string) =>
  tables(executor)
    .selectFrom('cases_notes')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .execute();

export const insertTask = (executor: Executor, task: Omit<CaseTask, 'id' | 'created_at' | 'done_at' | 'done_by'>) =>
  tables(executor).insertInto('cases_tasks').values(task).returningAll().executeTakeFirstOrThrow();
export const tasksOf = (executor: Executor, caseId: string) =>
  tables(executor)
    .selectFrom('cases_tasks')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy(sql`done_at is not null`)
    .orderBy(sql`due_at asc nulls last`)
    .execute();
export const completeTask = (executor: Executor, caseId: string, taskId: string, doneBy: string) =>
  tables(executor)
    .updateTable('cases_tasks')
    .set({ done_at: new Date(), done_by: doneBy })
    .where('case_id', '=', caseId)
    .where('id', '=', taskId)
    .where('done_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

/**
 * Open cases past their deadline whose miss is not yet published, marked published (set-based, locked so two
 * workers never take one case twice); returns what the event needs.
 */
export const takeMissedDeadlines = async (executor: Executor, now: Date, limit: number) =>
  (
    await sql<{
      id: string;
      case_type_code: string;
      case_type_version_id: string;
      department_id: string | null;
      state: string;
      deadline: Date;
    }>`
      with missed as (
        select id from cases_cases
        where closed_at is null and deadline is not null and deadline < ${now}
          and deadline_missed_for is distinct from deadline
        order by deadline
        limit ${limit}
        for update skip locked
      )
      update cases_cases c set deadline_missed_for = c.deadline
      from missed where c.id = missed.id
      returning c.id, c.case_type_code, c.case_type_version_id, c.department_id, c.state, c.deadline
    `.execute(executor)
  ).rows;
