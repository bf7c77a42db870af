import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IdentityService } from './identity.service.ts';

export const WhoAmIResponse = z.object({
  name: z.string().describe('the API client’s name'),
  scopes: z.array(z.string()).describe('the named actions the key may perform'),
});

export const PersonLookupRequest = z.object({
  cpr: z.string().trim().min(10).max(11).describe('CPR number, ddmmyy-xxxx or ddmmyyxxxx'),
  purpose: z.string().trim().min(3).max(500).describe('why the person is looked up (written to the audit log)'),
});

export const PersonLookupResponse = z.object({
  id: z.uuid().describe('the person’s id in Raadhus (use it in other calls instead of the CPR number)'),
  name: z.string(),
});

/** The integration API of the identity module: who am I, and look up a person by CPR (audited). */
export function registerIdentityApiRoutes(app: FastifyInstance, identity: IdentityService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/whoami',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'whoAmI',
        summary: 'The calling API client and its scopes',
        tags: ['identity'],
        response: { 200: WhoAmIResponse },
      },
    },
    async (request) => {
      const principal = request.principal!;
      return { name: principal.name, scopes: principal.scopes ?? [] };
    },
  );

  api.post(
    '/api/v1/people/lookup',
    {
      config: { permission: 'person:lookup', idempotent: true },
      schema: {
        operationId: 'lookUpPerson',
        summary: 'Look up a person by CPR number (audited with the purpose)',
        tags: ['identity'],
        body: PersonLookupRequest,
        response: { 200: PersonLookupResponse },
      },
    },
    async (request) => {
      const person = await identity.lookupPersonByCpr(request.principal!, request.body.cpr, request.body.purpose);
      return { id: person.id, name: person.name };
    },
  );
}
