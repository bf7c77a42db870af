import type { FastifyReply, FastifyRequest } from 'fastify';
import { withLocale } from '#platform/i18n/i18n.ts';

/**
 * A handler that runs in the reader's language from its first line, not only while its page renders: the messages
 * a step builds from a refusal, and the receipt letter the booking sends, are in the language the citizen reads.
 */
export const localized =
  <Request extends FastifyRequest>(handler: (request: Request, reply: FastifyReply) => Promise<unknown>) =>
  (request: Request, reply: FastifyReply) =>
    withLocale(request.locale, () => handler(request, reply));
