import type { Principal } from '#platform/auth/principal.ts';
import type { CaseAccess } from './case-access.service.ts';
import type { CaseTransitions } from './case-transitions.service.ts';
import * as repository from './cases.repository.ts';
import { eventBy } from './workflow-actions.ts';

/** A case's fields, set by line-of-business systems; a change may let an automatic transition through. */
export class CaseFields {
  constructor(
    private readonly access: CaseAccess,
    private readonly transitions: CaseTransitions,
  ) {}

  /** Sets case fields (the integration API); a field given as null is removed. */
  async updateFields(
    actor: Principal,
    caseId: string,
    version: number | undefined,
    fields: Record<string, unknown>,
  ): Promise<repository.Case> {
    return this.access.change(actor, caseId, version, 'case:update', async (trx, row) => {
      const next = { ...row.fields };
      for (const [name, value] of Object.entries(fields)) {
        if (value === null) delete next[name];
        else next[name] = value;
      }
      const updated = await this.access.update(trx, row, { fields: next });
      await repository.insertEvent(trx, eventBy(actor, row.id, 'fields', { names: Object.keys(fields).join(', ') }));
      return this.transitions.fieldsChanged(trx, updated);
    });
  }
}
