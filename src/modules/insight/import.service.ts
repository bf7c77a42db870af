import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, conflict, HttpProblem, notFound } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { AlertService } from './alert.service.ts';
import { type ImportMapping, mapRows, readCsv } from './csv-import.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { COMPUTATION_VERSION, dimensionKey } from './fact-computation.ts';
import type { KeyFigure } from './key-figure.ts';
import { upsertFacts } from './repository/fact.repository.ts';
import {
  findImport,
  insertImport,
  listImports,
  moveStatus,
  rememberPrevious,
  restorePrevious,
} from './repository/import.repository.ts';

/** At most this many rows per file: a year of days for a dozen locations. */
const MAX_ROWS = 5_000;

/**
 * CSV from line-of-business systems, in three steps: upload, map the columns (with a preview), import. An import
 * keeps what it replaced, so it can be rolled back. Only figures other systems report (`observed`) take imports.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly figures: readonly KeyFigure[],
    private readonly alerts: Pick<AlertService, 'evaluate'>,
  ) {}

  importable(): KeyFigure[] {
    return this.figures.filter((figure) => figure.computation.kind === 'observed');
  }

  list(actor: Principal) {
    assertCan(actor, 'insight:import');
    return listImports(this.db);
  }

  async upload(actor: Principal, figureId: string, filename: string, content: Buffer): Promise<string> {
    assertCan(actor, 'insight:import');
    if (!this.importable().some((figure) => figure.id === figureId))
      throw fieldProblem('figure', 'insight.import.figure');
    const text = content.toString('utf8');
    let csv: ReturnType<typeof readCsv>;
    try {
      csv = readCsv(text);
    } catch {
      throw fieldProblem('file', 'insight.import.unreadable');
    }
    if (csv.header.length < 2 || csv.rows.length === 0) throw fieldProblem('file', 'insight.import.empty');
    if (csv.rows.length > MAX_ROWS) throw fieldProblem('file', 'insight.import.tooMany', { max: MAX_ROWS });
    return insertImport(this.db, { figureId, filename, content: text, rows: csv.rows.length, createdBy: actor.id });
  }

  /** An import with its header and the first rows (the mapping step's preview). */
  async get(actor: Principal, id: string) {
    assertCan(actor, 'insight:import');
    const found = await findImport(this.db, id);
    const figure = found && this.figures.find((candidate) => candidate.id === found.figureId);
    if (!found || !figure) throw notFound();
    const csv = readCsv(found.content);
    return { ...found, figure, header: csv.header, preview: csv.rows.slice(0, 5) };
  }

  /** Imports with a mapping: every row valid, or nothing stored and each bad row named by its line. */
  async run(actor: Principal, id: string, mapping: ImportMapping, today = danishDay()) {
    const upload = await this.get(actor, id);
    if (upload.status !== 'uploaded') throw conflict('insight.import.notUploaded');
    for (const field of ['day', 'value'] as const)
      if (!upload.header.includes(mapping[field])) throw fieldProblem(field, 'insight.import.column');
    if (mapping.dimension && !upload.header.includes(mapping.dimension))
      throw fieldProblem('dimension', 'insight.import.column');
    const { observations, problems } = mapRows(upload.figure, readCsv(upload.content), mapping, today);
    if (problems.length)
      throw new HttpProblem(
        400,
        'insight.import.invalid',
        { count: problems.length },
        problems.slice(0, 20).map((problem) => ({
          field: 'file',
          message: t('insight.import.line', { line: problem.line, problem: t(problem.key, problem.values) }),
        })),
      );
    await this.db.transaction().execute(async (trx) => {
      if (!(await moveStatus(trx, id, 'uploaded', 'imported'))) throw conflict('insight.import.notUploaded');
      const cells = observations.map((row) => ({ day: row.day, dimensionKey: dimensionKey(row.dimensions ?? {}) }));
      await rememberPrevious(trx, id, upload.figureId, cells);
      const facts = observations.map((row, index) => ({
        figureId: upload.figureId,
        day: row.day,
        dimensionKey: cells[index].dimensionKey,
        dimensions: row.dimensions ?? {},
        numerator: row.value,
        denominator: null,
        value: row.value,
        source: upload.figure.source,
        lineage: `import:${id}`,
        sourceVersion: COMPUTATION_VERSION,
      }));
      // an import is a correction even when a value is the same: its lineage must say the import
      await upsertFacts(trx, facts, new Date(), { always: true });
    });
    await this.alerts.evaluate(
      observations
        .map((row) => row.day)
        .sort()
        .at(-1)!,
    );
    return observations.length;
  }

  /** Rolls an import back: each cell it still holds gets back what was there before (or nothing). */
  async rollback(actor: Principal, id: string): Promise<number> {
    const upload = await this.get(actor, id);
    return this.db.transaction().execute(async (trx) => {
      if (!(await moveStatus(trx, id, 'imported', 'rolled-back'))) throw conflict('insight.import.notImported');
      return restorePrevious(trx, id, upload.figureId);
    });
  }
}

function fieldProblem(field: string, key: string, values: Record<string, string | number> = {}) {
  return badRequest(key, values, [{ field, message: t(key, values) }]);
}
