import { z } from 'zod';

export const ObservationRequest = z
  .object({
    day: z.string().max(20).describe('the Danish calendar day the value belongs to, YYYY-MM-DD (not in the future)'),
    dimensions: z
      .record(z.string().min(1).max(40), z.string().min(1).max(100))
      .optional()
      .describe('the cell, by the figure\'s dimensions (e.g. {"location": "rådhuset"}); absent for the municipality'),
    value: z.number().finite().min(0).max(1e12),
  })
  .strict();

export const ObservationBatchRequest = z
  .object({ observations: z.array(ObservationRequest).min(1).max(1000) })
  .strict()
  .describe('all observations are stored, or none');

export const ObservationBatchResponse = z.object({
  batchId: z.uuid().describe("the batch: every observation's lineage on the figure's page names it"),
  accepted: z.number().int(),
  changed: z.number().int().describe('daily facts written or corrected (a value sent again unchanged changes nothing)'),
});

export const FigureParams = z.object({ id: z.string().min(1).max(100) });
