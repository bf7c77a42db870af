import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, type FieldProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { KitosFile, systemsFromKitos, systemsToKitos } from './kitos.ts';
import type { RegisterService } from './register.service.ts';
import { systemProblems } from './system-input.ts';

/** Import from and export to OS2kitos's API JSON (systems and usages); an import applies whole or not at all. */
export class KitosService {
  constructor(private readonly register: RegisterService) {}

  async export(actor: Principal) {
    return systemsToKitos(await this.register.list(actor));
  }

  /**
   * Reads the file, checks every system it would add (the same rules as the form) and adds them in one transaction;
   * a malformed file, a usage of a system the file does not hold or any other problem refuses the whole file, every
   * problem named by its JSON path. Systems whose name the register holds already are skipped.
   */
  async import(actor: Principal, text: string): Promise<{ added: number; skipped: number }> {
    assertCan(actor, 'governance:admin');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw refused([{ field: 'file', key: 'governance.kitos.notJson' }]);
    }
    const parsed = KitosFile.safeParse(json);
    if (!parsed.success)
      throw refused(
        parsed.error.issues.slice(0, 20).map((issue) => ({
          field: issue.path.join('.') || 'file',
          key: 'governance.kitos.shape',
          values: { message: issue.message },
        })),
      );
    const { systems, problems } = systemsFromKitos(parsed.data);
    systems.forEach((system, index) => {
      for (const problem of systemProblems(system, [], false))
        problems.push({ ...problem, field: `itSystemUsages.${index}.${problem.field}` });
    });
    if (problems.length) throw refused(problems);
    return this.register.importSystems(actor, systems);
  }
}

/** Every problem as one line of the file field: "itSystemUsages.2.systemContext: …". */
const refused = (problems: readonly FieldProblem[]) =>
  badRequest(
    'governance.kitos.invalid',
    {},
    problems.slice(0, 50).map((problem) => ({
      field: 'file',
      message: `${problem.field === 'file' ? '' : `${problem.field}: `}${t(problem.key, problem.values)}`,
    })),
  );
