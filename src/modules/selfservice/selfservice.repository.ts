/** The self-service module's tables and queries, one file per table or concern in repository/. */
export * from './repository/selfservice-tables.ts';
export * from './repository/drafts.repository.ts';
export * from './repository/draft-files.repository.ts';
export * from './repository/submissions.repository.ts';
export * from './repository/usage-counts.repository.ts';
export * from './repository/draft-lifecycle.repository.ts';
