import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import * as repository from './identity.repository.ts';

export interface Department {
  id: string;
  code: string;
  name: { da: string; en: string };
}

/** The department that acts when no other is given: a staff member without a department, a system. */
export const DEFAULT_DEPARTMENT_CODE = 'borgerservice';

const REFRESH_AFTER_MS = 60_000;

/**
 * The departments (reference data, changed rarely): loaded when identity is built and refreshed in the
 * background once a minute. Never read from the database on a caller's behalf: callers may hold a
 * transaction (on PGlite the only connection) while asking. The one cache of the application.
 */
export class DepartmentCache {
  private refreshing = false;

  private constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private loaded: { at: number; list: Department[] },
  ) {}

  static async load(db: Database, logger: Logger): Promise<DepartmentCache> {
    return new DepartmentCache(db, logger, await DepartmentCache.read(db));
  }

  private static async read(db: Database): Promise<{ at: number; list: Department[] }> {
    const rows = await repository.listDepartments(db);
    return {
      at: Date.now(),
      list: rows.map((row) => ({ id: row.id, code: row.code, name: { da: row.name_da, en: row.name_en } })),
    };
  }

  list(): Department[] {
    if (Date.now() - this.loaded.at > REFRESH_AFTER_MS && !this.refreshing) {
      this.refreshing = true;
      void DepartmentCache.read(this.db)
        .then((loaded) => (this.loaded = loaded))
        .catch((error: Error) => this.logger.warn({ err: error }, 'could not refresh the departments'))
        .finally(() => (this.refreshing = false));
    }
    return this.loaded.list;
  }

  byId(id: string | null | undefined): Department | undefined {
    return id ? this.list().find((department) => department.id === id) : undefined;
  }

  byCode(code: string): Department | undefined {
    return this.list().find((department) => department.code === code);
  }

  /** Borgerservice, or the first department when a municipality has none by that code. */
  defaultDepartment(): Department {
    const found = this.byCode(DEFAULT_DEPARTMENT_CODE) ?? this.list()[0];
    if (!found) throw new Error('No departments: identity seeds them at start-up');
    return found;
  }

  /** The department a principal acts for: their own, or the default one. */
  of(principal: Pick<Principal, 'departmentId'>): Department {
    return this.byId(principal.departmentId) ?? this.defaultDepartment();
  }
}
