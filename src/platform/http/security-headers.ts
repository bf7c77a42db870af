import Fastify, { type FastifyInstance } from 'fastify';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The security headers @fastify/helmet sets with these options, worked out once at start-up and set on every
 * response. The plugin builds helmet's middleware anew on every request (parsing the whole Content-Security-Policy
 * each time): about a tenth of a small page's CPU. The headers come from the plugin itself, run once on a probe
 * server, so they stay exactly what it would set.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions): Promise<void> {
  const headers = await helmetHeaders(options);
  // on the raw response, as the plugin does: hijacked replies (the test identity provider) get them too
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}

async function helmetHeaders(options: FastifyHelmetOptions): Promise<Array<[string, string | string[]]>> {
  const probe = Fastify();
  let headers: Array<[string, string | string[]]> = [];
  await probe.register(helmet, options);
  probe.addHook('onRequest', async (_request, reply) => {
    headers = Object.entries(reply.raw.getHeaders()).map(([name, value]) => [name, value as string | string[]]);
  });
  probe.get('/', async () => '');
  await probe.inject('/');
  await probe.close();
  if (!headers.some(([name]) => name === 'content-security-policy'))
    throw new Error('@fastify/helmet set no Content-Security-Policy on the probe');
  return headers;
}
