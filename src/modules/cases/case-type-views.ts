import type { EditReason } from './case-type-edit.ts';
import {
  CaseTypeDefinition as CaseTypeDefinitionSchema,
  type CaseTypeDefinition,
} from './engine/workflow-definition.ts';

export interface CaseTypeVersionView {
  id: string;
  code: string;
  version: number;
  origin: 'standard' | 'local';
  definition: CaseTypeDefinition;
  createdAt: Date;
  createdBy: string | null;
}

export type SaveCaseTypeResult = { ok: true; version: CaseTypeVersionView } | { ok: false; reasons: EditReason[] };

/**
 * A stored version was validated in full when it was saved. Loading it again checks only its shape:
 * rules added to the engine later must not make running cases on an older version unreadable.
 */
export const storedDefinition = (definition: unknown): CaseTypeDefinition => CaseTypeDefinitionSchema.parse(definition);
