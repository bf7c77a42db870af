import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { periodProblems } from '../figures.service.ts';
import type { PurposeService } from '../purpose.service.ts';
import { insertInquiries } from '../repository/inquiry.repository.ts';
import { importedDayQueues, insertTelephonyImport, latestImports } from '../repository/telephony.repository.ts';
import { type FileEncoding, decodeFile } from './telephony-decode.ts';
import { type RowProblem, type TelephonyRow, parseTelephony } from './telephony-csv.ts';
import { telephonyContacts } from './telephony-contacts.ts';
import { MeasurementService } from '../service-levels/measurement.service.ts';

export interface TelephonyUpload {
  filename: string;
  bytes: Uint8Array;
  from: string;
  to: string;
  /** store the valid rows even though others have problems (the user chose it after seeing them) */
  importValid: boolean;
}

export interface ImportOutcome {
  encoding: FileEncoding;
  valid: number;
  problems: RowProblem[];
  /** the id of the import when rows were stored; none when nothing was */
  importId?: string;
}

/** Telephony statistics per day and queue, imported from the municipality's CSV export. */
export class TelephonyImportService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
    private readonly measurement = new MeasurementService(),
  ) {}

  /** Checks every row; stores nothing from a file with problems unless `importValid`, then only its valid rows. */
  async importFile(actor: Principal, upload: TelephonyUpload): Promise<ImportOutcome> {
    assertCan(actor, 'channels:import');
    const period = periodProblems(upload.from, upload.to);
    if (period.length)
      throw badRequest(
        period[0].key,
        period[0].values,
        period.map((p) => ({ field: p.field, message: t(p.key, p.values) })),
      );
    if (upload.bytes.length === 0)
      throw badRequest('channels.imports.fileMissing', {}, [
        { field: 'file', message: t('channels.imports.fileMissing') },
      ]);
    const { text, encoding } = decodeFile(upload.bytes);
    const parsed = parseTelephony(text, upload);
    const rows = await this.withoutImported(parsed.rows, parsed.problems, upload);
    const problems = parsed.problems.sort((a, b) => a.line - b.line);
    const outcome: ImportOutcome = { encoding, valid: rows.length, problems };
    if ((problems.length && !upload.importValid) || rows.length === 0) return outcome;
    return { ...outcome, importId: await this.store(actor, upload, encoding, rows, problems.length) };
  }

  /** The imports so far, newest first. */
  async latest(actor: Principal) {
    assertCan(actor, 'channels:import');
    return latestImports(this.db);
  }

  /** A day and queue imported before is a problem of its row: what is stored never changes. */
  private async withoutImported(rows: TelephonyRow[], problems: RowProblem[], period: { from: string; to: string }) {
    const imported = await importedDayQueues(this.db, period.from, period.to);
    return rows.filter((row) => {
      if (!imported.has(`${row.day}|${row.queue.toLowerCase()}`)) return true;
      problems.push({ line: row.line, field: 'day', key: 'channels.imports.alreadyImported' });
      return false;
    });
  }

  private async store(
    actor: Principal,
    upload: TelephonyUpload,
    encoding: FileEncoding,
    rows: TelephonyRow[],
    skipped: number,
  ): Promise<string> {
    const purposes = new Map((await this.purposes.list()).map((purpose) => [purpose.code, purpose]));
    const purposeOf = (queue: string) => (purposes.has(queue.toLowerCase()) ? queue.toLowerCase() : null);
    const classified = rows.map((row) => ({ ...row, purposeCode: purposeOf(row.queue) }));
    return this.db.transaction().execute(async (trx) => {
      const id = await insertTelephonyImport(
        trx,
        { ...upload, encoding, rows: rows.length, skipped, importedBy: actor.id },
        classified,
      );
      await insertInquiries(
        trx,
        classified.flatMap((row) => telephonyContacts(row, row.purposeCode)),
      );
      // the service level "answered within N seconds", in the same transaction: a day and queue is stored once
      for (const row of classified) {
        const departmentCode = row.purposeCode ? (purposes.get(row.purposeCode)?.departmentCode ?? null) : null;
        await this.measurement.phoneDay({ ...row, departmentCode }, row, trx);
      }
      return id;
    });
  }
}
