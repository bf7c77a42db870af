// The post module's SQL, one file per table or seam under repository/; callers import it all from here.
export type * from './repository/post.tables.ts';
export * from './repository/mailbox.repository.ts';
export * from './repository/message.repository.ts';
export * from './repository/message-list.repository.ts';
export * from './repository/attachment.repository.ts';
export * from './repository/registration.repository.ts';
export * from './repository/print-batch.repository.ts';
export * from './repository/memo.repository.ts';
