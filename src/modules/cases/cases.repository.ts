/** The cases module's SQL, one file per aggregate under `repository/`; importers use this one name. */
export type {
  CaseTypeRow,
  CaseTypeVersionRow,
  CaseRow,
  PartyRow,
  EventRow,
  DocumentRow,
  DocumentVersionRow,
  NoteRow,
  TaskRow,
  CasesTables,
  Case,
  CaseTypeVersion,
  Party,
  CaseEvent,
  CaseDocument,
  CaseTask,
  CaseNote,
} from './repository/tables.ts';
export * from './repository/case-types.repository.ts';
export * from './repository/cases.repository.ts';
export * from './repository/case-queue.repository.ts';
export * from './repository/missed-deadlines.repository.ts';
export * from './repository/parties.repository.ts';
export * from './repository/events.repository.ts';
export * from './repository/documents.repository.ts';
export * from './repository/notes-and-tasks.repository.ts';
