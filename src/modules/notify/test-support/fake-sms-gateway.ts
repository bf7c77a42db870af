import { createServer, type IncomingMessage, type Server } from 'node:http';

/**
 * A local HTTP server that speaks the SMS gateway's contract (POST /rest/mtsms with Token auth, answered
 * with `{ ids }`), including its failures, chosen by the recipient's last digits:
 *   …500 → 500 every time        …503 → 503 twice, then accepted     …408 → never answers in time
 *   …400 → 400 (rejected number)  anything else → accepted
 * A message whose client reference (`userref`) the gateway already accepted is answered 200 with the first
 * acceptance's ids and not sent again (what we assume of the gateway's contract: see gateway-api-provider.ts).
 */
export interface GatewayRequest {
  authorization: string | undefined;
  sender: string;
  message: string;
  msisdn: string;
  callbackUrl?: string;
  reference?: string;
  /** a repeat of a reference already accepted: answered with the first ids, not sent */
  repeated: boolean;
}

export interface FakeSmsGateway {
  url: string;
  requests: GatewayRequest[];
  requestsTo(msisdn: string): GatewayRequest[];
  /** the messages the gateway sent on (a repeated reference is not sent again) */
  sent: GatewayRequest[];
  /** how many accepted requests are still waiting for their answer (`acceptAfterMs`) */
  holding(): number;
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string | undefined>((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
    // a sender killed mid-request (the crash tests) resets the connection: nothing to answer
    request.on('error', () => resolve(undefined));
  });

export async function startFakeSmsGateway(
  apiKey: string,
  { slowMs = 3000, acceptAfterMs = 0 } = {},
): Promise<FakeSmsGateway> {
  const requests: GatewayRequest[] = [];
  const sent: GatewayRequest[] = [];
  const attemptsByNumber = new Map<string, number>();
  const idsByReference = new Map<string, number[]>();
  let held = 0;
  let nextId = 1000;
  const server: Server = createServer(async (request, response) => {
    response.on('error', () => undefined);
    const raw = await readBody(request);
    if (raw === undefined) return;
    if (request.method !== 'POST' || request.url !== '/rest/mtsms') return void response.writeHead(404).end();
    if (request.headers.authorization !== `Token ${apiKey}`)
      return void response.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"UNAUTHORIZED"}');
    const body = JSON.parse(raw) as {
      sender: string;
      message: string;
      recipients: Array<{ msisdn: number }>;
      callback_url?: string;
      userref?: string;
    };
    const msisdn = String(body.recipients[0].msisdn);
    const taken = body.userref === undefined ? undefined : idsByReference.get(body.userref);
    const entry: GatewayRequest = {
      authorization: request.headers.authorization,
      sender: body.sender,
      message: body.message,
      msisdn,
      callbackUrl: body.callback_url,
      reference: body.userref,
      repeated: taken !== undefined,
    };
    requests.push(entry);
    const seen = (attemptsByNumber.get(msisdn) ?? 0) + 1;
    attemptsByNumber.set(msisdn, seen);
    const json = (status: number, payload: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    if (taken) return json(200, { ids: taken });
    const accept = () => {
      const ids = [nextId++];
      if (body.userref !== undefined) idsByReference.set(body.userref, ids);
      sent.push(entry);
      return ids;
    };
    if (msisdn.endsWith('500')) return json(500, { code: 'INTERNAL' });
    if (msisdn.endsWith('503') && seen <= 2) return json(503, { code: 'UNAVAILABLE' });
    if (msisdn.endsWith('400')) return json(400, { code: 'INVALID_RECIPIENT', message: 'rejected' });
    if (msisdn.endsWith('408')) {
      setTimeout(() => !response.writableEnded && json(200, { ids: [nextId++] }), slowMs).unref();
      return;
    }
    if (acceptAfterMs > 0) {
      // taken at once, answered later: a sender that dies while it waits loses only the answer
      held++;
      const ids = accept();
      setTimeout(() => {
        held--;
        if (!response.writableEnded && !response.destroyed) json(200, { ids });
      }, acceptAfterMs).unref();
      return;
    }
    json(200, { ids: accept() });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (msisdn) => requests.filter((entry) => entry.msisdn === msisdn.replace(/^\+/, '')),
    sent,
    holding: () => held,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
