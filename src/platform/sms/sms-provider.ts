/**
 * Sending SMS, whichever gateway the municipality has a contract with. One real adapter
 * (gateway-api-provider.ts, a JSON REST gateway) and a local outbox for development and tests.
 */
export interface SmsMessage {
  /** E.164, e.g. +4512345678 */
  to: string;
  sender: string;
  text: string;
  /** where the gateway posts delivery reports for this message */
  callbackUrl?: string;
  /**
   * Our id of the message (the notification id), sent as the gateway's client reference: a second send
   * with the same reference (a retry after a crash or a lost answer) is answered with the first send's id
   * and never reaches the phone twice.
   */
  reference: string;
}

export interface SmsProvider {
  readonly name: string;
  /** Hands the SMS to the gateway; resolves with the gateway's id once it accepted the message. */
  send(message: SmsMessage): Promise<{ providerId: string }>;
}

/** A refused or failed send. `permanent` (a rejected number or message) is never tried again. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly kind: 'permanent' | 'transient',
  ) {
    super(message);
  }
}

/** The delivery states a gateway reports, mapped to ours. Anything unknown leaves the state unchanged. */
export type DeliveryReport = { providerId: string; state: 'delivered' | 'failed' | 'pending'; detail: string };

/** Where the development outboxes keep what they "sent", so a page can show it. */
export interface OutboxStore {
  /** Keeps one entry per reference: adding a reference already there returns that entry's id. */
  add(entry: {
    channel: 'sms' | 'email';
    recipient: string;
    subject?: string;
    text: string;
    reference: string;
  }): Promise<string>;
}

export class OutboxSmsProvider implements SmsProvider {
  readonly name = 'outbox';
  constructor(private readonly store: OutboxStore) {}
  async send(message: SmsMessage): Promise<{ providerId: string }> {
    const id = await this.store.add({
      channel: 'sms',
      recipient: message.to,
      text: message.text,
      reference: message.reference,
    });
    return { providerId: `outbox-${id}` };
  }
}
