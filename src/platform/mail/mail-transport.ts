import nodemailer, { type Transporter } from 'nodemailer';
import { DeliveryError, type OutboxStore } from '../sms/sms-provider.ts';

export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  text: string;
  /** Our id of the message (the notification id): the e-mail's Message-ID is built from it, so a resend is the same message. */
  reference: string;
}

/** The Message-ID of a notification's e-mail: the same for every attempt, so a resend after a crash is recognisable. */
export function messageIdFor(reference: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'raadhus.invalid';
  return `<${reference}@${domain}>`;
}

/** Sending e-mail: nodemailer over SMTP in production, a local outbox in development and tests. */
export interface MailTransport {
  readonly name: string;
  send(message: MailMessage): Promise<{ providerId: string }>;
  close(): void;
}

/**
 * SMTP with a connection pool. A 5xx reply (mailbox unknown, message refused) is permanent; a refused
 * connection, a timeout or a 4xx reply (try later) is transient and tried again with backoff.
 */
export class SmtpMailTransport implements MailTransport {
  readonly name = 'smtp';
  private readonly transporter: Transporter;

  constructor(url: string, timeoutMs: number) {
    this.transporter = nodemailer.createTransport(url, {
      pool: true,
      maxConnections: 8,
      maxMessages: 1000,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    } as never);
  }

  async send(message: MailMessage): Promise<{ providerId: string }> {
    try {
      const info = await this.transporter.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: messageIdFor(message.reference, message.from),
      });
      if (info.rejected?.length) throw Object.assign(new Error('recipient rejected'), { responseCode: 550 });
      return { providerId: String(info.messageId ?? '') };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const permanent = code !== undefined && code >= 500 && code < 600;
      throw new DeliveryError(
        code
          ? `SMTP reply ${code}`
          : `SMTP unavailable: ${(error as { code?: string }).code ?? (error as Error).message}`,
        permanent ? 'permanent' : 'transient',
      );
    }
  }

  close(): void {
    this.transporter.close();
  }
}

export class OutboxMailTransport implements MailTransport {
  readonly name = 'outbox';
  constructor(private readonly store: OutboxStore) {}
  async send(message: MailMessage): Promise<{ providerId: string }> {
    const id = await this.store.add({
      channel: 'email',
      recipient: message.to,
      subject: message.subject,
      text: message.text,
      reference: message.reference,
    });
    return { providerId: `outbox-${id}` };
  }
  close(): void {}
}
