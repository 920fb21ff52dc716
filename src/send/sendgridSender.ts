import type { MailDataRequired } from '@sendgrid/helpers/classes/mail';
import sendgridMail from '@sendgrid/mail';
import { AUTO_REPLY_HEADERS, type OutgoingReply, type SendReceipt, type Sender } from './port.ts';

// @sendgrid/mail's default export is a singleton; the package also attaches its MailService
// class to it (index.js), which its `export =` typings do not let an ES import name.
type MailService = typeof sendgridMail;
const MailServiceClass = (sendgridMail as unknown as { MailService: new () => MailService }).MailService;

export interface SendGridSenderOptions {
  apiKey: string;
  /** mail_settings.sandbox_mode: SendGrid validates the request and sends nothing. */
  sandbox: boolean;
  /** Request timeout in ms (SendGrid client default: none). */
  timeoutMs?: number;
}

/**
 * A failed SendGrid call. `transient` says whether trying again later can succeed
 * (429, 5xx, network) or not (400 bad request, 401/403 key problems).
 */
export class SendGridError extends Error {
  override readonly name = 'SendGridError';
  /** HTTP status, or null when no response arrived. */
  readonly status: number | null;
  readonly transient: boolean;
  /** SendGrid's `errors[].message`, in order. */
  readonly errors: string[];

  constructor(message: string, status: number | null, transient: boolean, errors: string[]) {
    super(message);
    this.status = status;
    this.transient = transient;
    this.errors = errors;
  }
}

/** Sends replies with SendGrid's v3 Mail Send API, threaded with In-Reply-To/References. */
export class SendGridSender implements Sender {
  readonly kind = 'sendgrid' as const;
  // Own MailService instance rather than the package's singleton, so the key is not global.
  private readonly mail: MailService = new MailServiceClass();

  private readonly opts: SendGridSenderOptions;

  constructor(opts: SendGridSenderOptions) {
    this.opts = opts;
    this.mail.setApiKey(opts.apiKey);
    if (opts.timeoutMs !== undefined) this.mail.setTimeout(opts.timeoutMs);
  }

  async send(reply: OutgoingReply): Promise<SendReceipt> {
    const data: MailDataRequired = {
      to: reply.to,
      from: { email: reply.from.address, name: reply.from.name },
      ...(reply.replyTo ? { replyTo: reply.replyTo } : {}),
      subject: reply.subject,
      text: reply.text,
      headers: {
        'Message-ID': reply.rfcMessageId,
        'In-Reply-To': reply.inReplyTo,
        ...(reply.references.length ? { References: reply.references.join(' ') } : {}),
        'X-Deskhand-Message-Id': reply.deskhandMessageId,
        ...(reply.autoReply ? AUTO_REPLY_HEADERS : {}),
      },
      customArgs: { deskhand_message_id: reply.deskhandMessageId },
      mailSettings: { sandboxMode: { enable: this.opts.sandbox } },
    };
    try {
      const [response] = await this.mail.send(data);
      const id = headerValue(response.headers, 'x-message-id');
      if (!id) throw new SendGridError(`SendGrid answered ${response.statusCode} without an X-Message-Id`, response.statusCode, false, []);
      return { provider: 'sendgrid', providerId: id };
    } catch (err) {
      throw toSendGridError(err);
    }
  }
}

/** Maps the SDK's ResponseError (code + response.body.errors[]) or a network error into a SendGridError. */
export function toSendGridError(err: unknown): SendGridError {
  if (err instanceof SendGridError) return err;
  const e = err as { code?: unknown; message?: unknown; response?: { body?: unknown } };
  const status = typeof e.code === 'number' ? e.code : null;
  if (status === null) {
    // No HTTP response (DNS, reset, timeout): worth trying again later.
    return new SendGridError(`SendGrid request failed: ${typeof e.message === 'string' ? e.message : 'network error'}`, null, true, []);
  }
  const errors = errorMessages(e.response?.body);
  const transient = status === 429 || status >= 500;
  const detail = errors.length ? errors.join('; ') : typeof e.message === 'string' ? e.message : '';
  return new SendGridError(`SendGrid ${status}${detail ? `: ${detail}` : ''}`, status, transient, errors);
}

function errorMessages(body: unknown): string[] {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return [];
    }
  }
  const list = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(list)) return [];
  return list.map((x) => (x as { message?: unknown })?.message).filter((m): m is string => typeof m === 'string');
}

/** Axios headers may be an AxiosHeaders instance or a plain object; names are lower-case either way. */
function headerValue(headers: unknown, name: string): string | null {
  if (!headers) return null;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const v = typeof h.get === 'function' ? h.get(name) : h[name];
  return typeof v === 'string' && v ? v : null;
}
