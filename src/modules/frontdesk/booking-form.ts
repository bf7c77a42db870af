import { z } from 'zod';

// The booking steps' query and form, as typed; anything malformed becomes empty, and the step says what is missing.
const text = (max: number) => z.string().max(max).optional().catch('').default('');
export const BookingQuery = z
  .object({
    service: text(60),
    persons: z.coerce.number().int().min(0).max(100).optional().catch(undefined),
    location: text(60),
    slot: text(20),
    /** the held slot being confirmed */
    hold: text(40),
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .catch(undefined),
  })
  .catch({ service: '', location: '', slot: '', hold: '' });
export type BookingQuery = z.infer<typeof BookingQuery>;
