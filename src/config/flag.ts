import { z } from 'zod';

/** Parses "true"/"false"/"1"/"0" from the environment; zod's coerce.boolean treats "false" as true. */
export const flag = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'])
    .transform((value) => value === 'true' || value === '1')
    .describe(description);
