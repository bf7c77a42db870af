import { DeliveryError, type DeliveryReport, type SmsMessage, type SmsProvider } from './sms-provider.ts';

/**
 * A JSON REST SMS gateway in the style of GatewayAPI (a common Danish gateway):
 * `POST {base}/rest/mtsms` with `{ sender, message, recipients: [{ msisdn }], callback_url? }` and
 * `Authorization: Token <key>`, answered by `{ ids: [ … ] }`. Delivery reports arrive later as a POST of
 * `{ id, msisdn, status }` to the callback URL (see `parseDeliveryReport`).
 *
 * Each message carries our notification id as its client reference (`userref`), returned in delivery
 * reports. We rely on the gateway taking a reference once: a request with a `userref` it already accepted is
 * answered 200 with the first acceptance's `{ ids }` and sends nothing. GatewayAPI documents `userref` as a
 * reference it keeps and returns; its answer to a repeated reference is not in the public contract, so this
 * is our assumption of the contract (the municipality's agreement with its gateway must state it). The
 * fake gateway in the tests behaves so.
 */
export class GatewayApiSmsProvider implements SmsProvider {
  readonly name = 'gatewayapi';

  constructor(private readonly options: { baseUrl: string; apiKey?: string; timeoutMs: number }) {}

  async send(message: SmsMessage): Promise<{ providerId: string }> {
    const body = {
      sender: message.sender,
      message: message.text,
      recipients: [{ msisdn: Number(message.to.replace(/^\+/, '')) }],
      userref: message.reference,
      ...(message.callbackUrl ? { callback_url: message.callbackUrl } : {}),
    };
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl.replace(/\/$/, '')}/rest/mtsms`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(this.options.apiKey ? { authorization: `Token ${this.options.apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      throw new DeliveryError(
        name === 'TimeoutError'
          ? `gateway timeout after ${this.options.timeoutMs} ms`
          : `gateway unreachable: ${(error as Error).message}`,
        'transient',
      );
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      const permanent =
        response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
      // the gateway's own error code, never the message text we sent
      const code = safeErrorCode(text);
      throw new DeliveryError(
        `gateway answered ${response.status}${code ? ` (${code})` : ''}`,
        permanent ? 'permanent' : 'transient',
      );
    }
    const ids = (safeJson(text) as { ids?: unknown } | undefined)?.ids;
    if (!Array.isArray(ids) || ids.length === 0)
      throw new DeliveryError('gateway answered without a message id', 'transient');
    return { providerId: String(ids[0]) };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function safeErrorCode(text: string): string | undefined {
  const parsed = safeJson(text) as { code?: unknown } | undefined;
  return typeof parsed?.code === 'string' ? parsed.code.slice(0, 40) : undefined;
}

const deliveredStates = new Set(['DELIVERED']);
const failedStates = new Set(['UNDELIVERABLE', 'REJECTED', 'EXPIRED', 'SKIPPED', 'DELETED']);

/** Maps the gateway's delivery report to our state; ENROUTE, BUFFERED, ACCEPTED and the like are pending. */
export function parseDeliveryReport(report: {
  id: string | number;
  status: string;
  error?: string | null;
}): DeliveryReport {
  const status = report.status.toUpperCase();
  const state = deliveredStates.has(status) ? 'delivered' : failedStates.has(status) ? 'failed' : 'pending';
  return { providerId: String(report.id), state, detail: status };
}
