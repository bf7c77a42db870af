import { z } from 'zod';

/** The database: a PostgreSQL server, or the embedded one in a folder. */
export const databaseSettings = {
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .describe('PostgreSQL server; when unset the embedded PGlite database in DATA_DIR is used'),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL identifier')
    .default('public')
    .describe('Schema Raadhus keeps its tables in (the queue uses <schema>_queue)'),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(10)
    .describe('Connections in the pool to the PostgreSQL server'),
  DATA_DIR: z.string().default('./data').describe('Folder of the embedded database (used when DATABASE_URL is unset)'),
};
