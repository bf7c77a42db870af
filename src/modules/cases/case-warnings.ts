import type { Logger } from 'pino';
import type { Principal } from '#platform/auth/principal.ts';
import type { CaseWarning, CaseWarningSource } from '#platform/contracts.ts';

/** Warnings by case id, in the order the sources were added. */
export type WarningsByCase = ReadonlyMap<string, readonly CaseWarning[]>;

/**
 * The warnings other modules raise about cases (the seam `CasesContract.addWarningSource`): gathered for the
 * case page and the work queue. A failing source is logged and left out: a warning never keeps a case from opening.
 */
export class CaseWarnings {
  private readonly sources: CaseWarningSource[] = [];

  constructor(private readonly logger: Logger) {}

  add(source: CaseWarningSource): void {
    this.sources.push(source);
  }

  async forCases(actor: Principal, caseIds: readonly string[]): Promise<WarningsByCase> {
    const byCase = new Map<string, CaseWarning[]>();
    if (caseIds.length === 0) return byCase;
    const asked = new Set(caseIds);
    const answers = await Promise.all(this.sources.map((source) => this.ask(source, actor, caseIds)));
    for (const warning of answers.flat()) {
      if (!asked.has(warning.caseId)) continue;
      byCase.set(warning.caseId, [...(byCase.get(warning.caseId) ?? []), warning]);
    }
    return byCase;
  }

  private async ask(source: CaseWarningSource, actor: Principal, caseIds: readonly string[]) {
    try {
      return await source.warningsFor(actor, caseIds);
    } catch (error) {
      this.logger.warn({ err: error }, 'a case warning source failed; the page is shown without its warnings');
      return [];
    }
  }
}
