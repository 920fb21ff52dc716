import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { OutgoingReply } from '../../src/send/port.ts';
import { SendGridError, SendGridSender } from '../../src/send/sendgridSender.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';

const MAIL_SEND = 'https://api.sendgrid.com/v3/mail/send';
const server = useMswServer();

const reply: OutgoingReply = {
  deskhandMessageId: 'msg_01J9Z3K7Q2',
  rfcMessageId: '<reply-msg_01J9Z3K7Q2@demo-store.example>',
  from: { address: 'support@demo-store.example', name: 'Demo Store Support' },
  replyTo: 'help@demo-store.example',
  to: 'ana@example.com',
  subject: 'Re: Where is my order #1001?',
  text: 'Hi Ana,\n\nYour order #1001 shipped on Monday.\n\nDemo Store',
  inReplyTo: '<CAF=abc123@mail.example.com>',
  references: ['<first@mail.example.com>', '<CAF=abc123@mail.example.com>'],
};

function sender(sandbox = false) {
  return new SendGridSender({ apiKey: 'SG.test-key.abc', sandbox });
}

// Error bodies as SendGrid's v3 Mail Send documentation shows them.
function sendgridErrors(status: number, errors: { message: string; field: string | null; help?: string }[]) {
  return HttpResponse.json({ errors }, { status });
}

describe('SendGridSender', () => {
  it('POSTs the v3 mail/send JSON with threading headers, custom_args and sandbox mode, and returns X-Message-Id', async () => {
    const seen = requestLog();
    server.use(
      http.post(MAIL_SEND, async ({ request }) => {
        await seen.record(request);
        return new HttpResponse(null, { status: 202, headers: { 'X-Message-Id': 'W3gqk1x9RtaQmP0e2b8nZw' } });
      }),
    );

    const receipt = await sender(true).send(reply);

    expect(receipt).toEqual({ provider: 'sendgrid', providerId: 'W3gqk1x9RtaQmP0e2b8nZw' });
    expect(seen.all).toHaveLength(1);
    const req = seen.last;
    expect(req.method).toBe('POST');
    expect(req.url.href).toBe(MAIL_SEND);
    expect(req.headers.get('authorization')).toBe('Bearer SG.test-key.abc');
    expect(req.headers.get('content-type')).toMatch(/^application\/json/);
    const body = req.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      personalizations: [{ to: [{ email: 'ana@example.com' }] }],
      from: { email: 'support@demo-store.example', name: 'Demo Store Support' },
      reply_to: { email: 'help@demo-store.example' },
      subject: 'Re: Where is my order #1001?',
      content: [{ type: 'text/plain', value: reply.text }],
      headers: {
        'Message-ID': '<reply-msg_01J9Z3K7Q2@demo-store.example>',
        'In-Reply-To': '<CAF=abc123@mail.example.com>',
        References: '<first@mail.example.com> <CAF=abc123@mail.example.com>',
        'X-Deskhand-Message-Id': 'msg_01J9Z3K7Q2',
      },
      custom_args: { deskhand_message_id: 'msg_01J9Z3K7Q2' },
      mail_settings: { sandbox_mode: { enable: true } },
    });
  });

  it('sends sandbox_mode disabled and no reply_to when none is configured', async () => {
    const seen = requestLog();
    server.use(
      http.post(MAIL_SEND, async ({ request }) => {
        await seen.record(request);
        return new HttpResponse(null, { status: 202, headers: { 'X-Message-Id': 'id-2' } });
      }),
    );
    await sender(false).send({ ...reply, replyTo: null, references: [] });
    const body = seen.last.json<Record<string, any>>();
    expect(body.mail_settings).toEqual({ sandbox_mode: { enable: false } });
    expect(body).not.toHaveProperty('reply_to');
    expect(body.headers).not.toHaveProperty('References');
    expect(body.headers['In-Reply-To']).toBe('<CAF=abc123@mail.example.com>');
  });

  it('maps a 400 with errors[] to a permanent SendGridError carrying the messages', async () => {
    server.use(
      http.post(MAIL_SEND, () =>
        sendgridErrors(400, [
          {
            message: 'The from email does not contain a valid address.',
            field: 'from.email',
            help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from',
          },
        ]),
      ),
    );
    const err = await sender().send(reply).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendGridError);
    expect(err).toMatchObject({ status: 400, transient: false, errors: ['The from email does not contain a valid address.'] });
    expect((err as Error).message).toContain('The from email does not contain a valid address.');
  });

  it('treats 401 and 403 as permanent', async () => {
    for (const status of [401, 403]) {
      server.use(http.post(MAIL_SEND, () => sendgridErrors(status, [{ message: 'The provided authorization grant is invalid, expired, or revoked', field: null }])));
      const err = await sender().send(reply).catch((e: unknown) => e);
      expect(err).toMatchObject({ status, transient: false, errors: ['The provided authorization grant is invalid, expired, or revoked'] });
    }
  });

  it('treats 429 and 500 as transient', async () => {
    server.use(http.post(MAIL_SEND, () => sendgridErrors(429, [{ message: 'too many requests', field: null }])));
    const rateLimited = await sender().send(reply).catch((e: unknown) => e);
    expect(rateLimited).toMatchObject({ status: 429, transient: true, errors: ['too many requests'] });

    server.use(http.post(MAIL_SEND, () => sendgridErrors(500, [{ message: 'Internal server error', field: null }])));
    const serverError = await sender().send(reply).catch((e: unknown) => e);
    expect(serverError).toBeInstanceOf(SendGridError);
    expect(serverError).toMatchObject({ status: 500, transient: true });
  });

  it('treats a network failure as transient with no status', async () => {
    server.use(http.post(MAIL_SEND, () => HttpResponse.error()));
    const err = await sender().send(reply).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendGridError);
    expect(err).toMatchObject({ status: null, transient: true });
  });
});
