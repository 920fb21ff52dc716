import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../../src/domain/email.ts';
import { type LoopGuardContext, type LoopGuardVerdict, loopGuard } from '../../src/domain/loopGuard.ts';
import { parseEmail } from '../../src/mail/parse.ts';

const ctx: LoopGuardContext = { ownAddresses: ['support@shop.example', 'help@shop.example'], recentRepliesToSender: 0, replyCap: 5 };

function email(over: Partial<ParsedEmail> = {}, headers: Record<string, string> = {}): ParsedEmail {
  return {
    messageId: '<m1@example.com>',
    inReplyTo: null,
    references: [],
    from: { address: 'alice@example.com', name: 'Alice' },
    to: [{ address: 'support@shop.example', name: '' }],
    replyTo: null,
    subject: 'Where is my order #1042?',
    date: '2025-01-13T10:00:00.000Z',
    headers: { from: 'Alice <alice@example.com>', subject: 'Where is my order #1042?', 'content-type': 'text/plain; charset=utf-8', ...headers },
    contentType: 'text/plain',
    text: 'Hi, where is my order #1042?',
    newText: 'Hi, where is my order #1042?',
    quotedText: '',
    signature: '',
    htmlOnly: false,
    attachments: [],
    ...over,
  };
}

describe('loopGuard', () => {
  it('lets ordinary customer mail through', () => {
    expect(loopGuard(email(), ctx)).toEqual({ ignore: false });
  });

  it('lets "Auto-Submitted: no" through', () => {
    expect(loopGuard(email({}, { 'auto-submitted': 'no' }), ctx)).toEqual({ ignore: false });
  });

  it.each([
    ['auto-replied', 'Auto-Submitted: auto-replied'],
    ['auto-generated', 'Auto-Submitted: auto-generated'],
    ['Auto-Replied; owner-email="x@example.com"', 'Auto-Submitted: auto-replied'],
  ])('ignores Auto-Submitted: %s as auto_reply', (value, reason) => {
    expect(loopGuard(email({}, { 'auto-submitted': value }), ctx)).toEqual({ ignore: true, intent: 'auto_reply', code: 'auto_submitted', reason });
  });

  it.each([
    ['x-autoreply', 'yes', 'X-Autoreply: yes', 'autoreply_header'],
    ['x-autorespond', 'Vacation', 'X-Autorespond: Vacation', 'autoreply_header'],
    ['x-auto-response-suppress', 'All', 'X-Auto-Response-Suppress: All', 'autoreply_header'],
    ['x-auto-response-suppress', 'DR, OOF, AutoReply', 'X-Auto-Response-Suppress: DR, OOF, AutoReply', 'autoreply_header'],
    ['precedence', 'auto_reply', 'Precedence: auto_reply', 'precedence'],
  ])('ignores %s: %s as auto_reply', (name, value, reason, code) => {
    expect(loopGuard(email({}, { [name]: value }), ctx)).toEqual({ ignore: true, intent: 'auto_reply', code, reason });
  });

  it('does not ignore X-Auto-Response-Suppress values other than All/OOF', () => {
    expect(loopGuard(email({}, { 'x-auto-response-suppress': 'RN, NRN' }), ctx)).toEqual({ ignore: false });
  });

  it.each(['bulk', 'list', 'junk'])('ignores Precedence: %s as spam_or_marketing', (value) => {
    expect(loopGuard(email({}, { precedence: value }), ctx)).toEqual({ ignore: true, intent: 'spam_or_marketing', code: 'precedence', reason: `Precedence: ${value}` });
  });

  it('treats Precedence: bulk with an out-of-office subject as auto_reply', () => {
    const v = loopGuard(email({ subject: 'Out of Office: Where is my order?' }, { precedence: 'bulk' }), ctx);
    expect(v).toEqual({ ignore: true, intent: 'auto_reply', code: 'precedence', reason: 'Precedence: bulk' });
  });

  it('ignores List-Unsubscribe and List-Id mail as spam_or_marketing', () => {
    expect(loopGuard(email({}, { 'list-unsubscribe': '<mailto:unsub@news.example>' }), ctx)).toEqual({
      ignore: true,
      intent: 'spam_or_marketing',
      code: 'list_mail',
      reason: 'List-Unsubscribe header (bulk mail)',
    });
    expect(loopGuard(email({}, { 'list-id': '<news.example.com>' }), ctx)).toEqual({
      ignore: true,
      intent: 'spam_or_marketing',
      code: 'list_mail',
      reason: 'List-Id: <news.example.com>',
    });
  });

  it('ignores a multipart/report delivery-status as a bounce', () => {
    const v = loopGuard(
      email({ contentType: 'multipart/report' }, { 'content-type': 'multipart/report; report-type=delivery-status; boundary="b"' }),
      ctx,
    );
    expect(v).toEqual({ ignore: true, intent: 'bounce', code: 'delivery_report', reason: 'Content-Type: multipart/report; report-type=delivery-status' });
  });

  it('treats a multipart/report read receipt as auto_reply', () => {
    const v = loopGuard(
      email({ contentType: 'multipart/report' }, { 'content-type': 'multipart/report; report-type=disposition-notification; boundary="b"' }),
      ctx,
    );
    expect(v).toMatchObject({ ignore: true, intent: 'auto_reply' });
  });

  it('ignores a top-level message/delivery-status as a bounce', () => {
    expect(loopGuard(email({ contentType: 'message/delivery-status' }), ctx)).toEqual({
      ignore: true,
      intent: 'bounce',
      code: 'delivery_report',
      reason: 'Content-Type: message/delivery-status',
    });
  });

  it.each([
    ['MAILER-DAEMON@mx.example.com', 'bounce'],
    ['postmaster@example.com', 'bounce'],
    ['bounces+1234@sendgrid.net', 'bounce'],
    ['no-reply@shopify.com', 'auto_reply'],
    ['noreply@example.com', 'auto_reply'],
    ['do-not-reply@example.com', 'auto_reply'],
    ['donotreply@example.com', 'auto_reply'],
    ['no_reply@example.com', 'auto_reply'],
    ['notifications@carrier.example', 'auto_reply'],
    ['newsletter@brand.example', 'spam_or_marketing'],
    ['marketing+eu@brand.example', 'spam_or_marketing'],
    ['news.de@brand.example', 'spam_or_marketing'],
  ])('ignores sender %s as %s', (address, intent) => {
    const v = loopGuard(email({ from: { address, name: '' } }), ctx);
    expect(v).toMatchObject({ ignore: true, intent });
    expect(v.ignore && v.reason).toContain(address.toLowerCase());
  });

  it('does not mistake ordinary addresses that contain those words', () => {
    for (const address of ['noreen@example.com', 'replyguy@example.com', 'bouncer.joe@example.com', 'newsom.kate@example.com', 'mailerjones@example.com', 'dealsmith@example.com']) {
      expect(loopGuard(email({ from: { address, name: '' } }), ctx)).toEqual({ ignore: false });
    }
  });

  it('ignores mail from our own address (loop), case-insensitively', () => {
    const v = loopGuard(email({ from: { address: 'Support@Shop.Example', name: 'Shop' } }), ctx);
    expect(v).toEqual({ ignore: true, intent: null, code: 'own_address', reason: 'sender support@shop.example is our own address (mail loop)' });
  });

  it('ignores a sender at or above the reply cap, not below it', () => {
    expect(loopGuard(email(), { ...ctx, recentRepliesToSender: 4 })).toEqual({ ignore: false });
    const v = loopGuard(email(), { ...ctx, recentRepliesToSender: 5 });
    expect(v).toMatchObject({ ignore: true, intent: null });
    expect(v.ignore && v.reason).toMatch(/^reply cap reached/);
  });

  it.each([
    'Out of Office: Re: order #1042',
    'Automatic reply: Where is my order?',
    'Autoreply: away until Monday',
    'Abwesenheitsnotiz: Ihre Bestellung',
    'Réponse automatique : commande',
    'Respuesta automática: pedido',
    'پاسخ خودکار: سفارش',
    'رد تلقائي: طلب',
  ])('ignores subject "%s" as auto_reply with no other signal', (subject) => {
    const v = loopGuard(email({ subject }), ctx);
    expect(v).toMatchObject({ ignore: true, intent: 'auto_reply' });
    expect(v.ignore && v.reason).toMatch(/^subject looks like an auto-reply/);
  });

  it('does not flag a subject that only talks about an office', () => {
    expect(loopGuard(email({ subject: 'Delivery to my office address' }), ctx)).toEqual({ ignore: false });
  });
});

// Robots of our own making, one or more per kind, in the shapes real ones come in (none of them
// labels itself with Auto-Submitted, multipart/report or List-Id), and customers who write about
// the same things. test/fixtures-loop/labels.json: expect ignore | escalate | pass, and the rule.
const LOOP_DIR = join(import.meta.dirname, '..', 'fixtures-loop');
const LOOP_LABELS = JSON.parse(readFileSync(join(LOOP_DIR, 'labels.json'), 'utf8')) as Record<string, { expect: 'ignore' | 'escalate' | 'pass'; code: string | null }>;
const outcome = (v: LoopGuardVerdict) => (v.ignore ? { expect: 'ignore', code: v.code } : v.escalate ? { expect: 'escalate', code: v.escalate.code } : { expect: 'pass', code: null });
const fixture = async (file: string) => parseEmail(readFileSync(join(LOOP_DIR, file)));

describe('loopGuard on robots of our own making (test/fixtures-loop)', () => {
  const kinds = (prefix: string) => Object.entries(LOOP_LABELS).filter(([f]) => f.startsWith(prefix));

  it('has several of each kind, and customers writing about the same things', () => {
    for (const prefix of ['unreadable-', 'bounce-', 'complaint-', 'list-', 'challenge-', 'vacation-', 'human-']) expect(kinds(prefix).length).toBeGreaterThanOrEqual(3);
    const vacationLanguages = kinds('vacation-').map(([f]) => f.slice('vacation-'.length, 'vacation-'.length + 2));
    for (const lang of ['en', 'es', 'fr', 'de', 'fa', 'ar']) expect(vacationLanguages).toContain(lang);
  });

  it.each(Object.entries(LOOP_LABELS))('%s → %o', async (file, label) => {
    const got = outcome(loopGuard(await fixture(file), ctx));
    expect(got.expect).toBe(label.expect);
    if (label.code) expect(got.code).toBe(label.code);
  });
});

describe('loopGuard: what each kind looks at', () => {
  it('reads a bare-CR message: sender and subject come out, and the null Return-Path stops it', async () => {
    const e = await fixture('unreadable-bare-cr-bounce.eml');
    expect(e.from.address).toBe('router@oldmac.example');
    expect(e.subject).toBe('Message not deliverable');
    expect(loopGuard(e, ctx)).toMatchObject({ ignore: true, code: 'null_return_path' });
  });

  it('never answers a sender it cannot read', () => {
    expect(loopGuard(email({ from: { address: '', name: '' } }, { from: '' }), ctx)).toMatchObject({ ignore: true, code: 'unreadable_sender' });
    const { from: _, ...noFrom } = email().headers;
    expect(loopGuard({ ...email(), headers: noFrom }, ctx)).toMatchObject({ ignore: true, code: 'unreadable_sender', reason: 'sender cannot be read: no From header' });
    expect(loopGuard(email({ from: { address: 'alice@localhost', name: '' } }), ctx)).toMatchObject({ ignore: true, code: 'unreadable_sender' });
    expect(loopGuard(email({}, { 'return-path': '<>' }), ctx)).toMatchObject({ ignore: true, code: 'null_return_path' });
    expect(loopGuard(email({}, { 'return-path': '<alice@example.com>' }), ctx)).toEqual({ ignore: false });
  });

  it.each([
    ['post_master@carrier.example', ''],
    ['MAILER_DAEMON@mx.example.net', ''],
    ['mail-daemon@relay.example', ''],
    ['gw@relay.example', 'Mail Delivery Subsystem'],
    ['admin@relay.example', 'Mail Delivery System'],
  ])('names the delivery reporter %s "%s" in the reason', (address, name) => {
    const v = loopGuard(email({ from: { address, name } }), ctx);
    expect(v).toMatchObject({ ignore: true, intent: 'bounce', code: 'bounce_sender' });
    expect(v.ignore && v.reason).toMatch(/^delivery report from /);
  });

  it('needs two kinds of evidence to be sure of a bounce that does not say so itself', () => {
    const smtp = 'Remote host said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown';
    expect(loopGuard(email({ subject: 'Undeliverable: order #1042', text: smtp, newText: smtp }), ctx)).toMatchObject({ ignore: true, code: 'bounce_message' });
    // The SMTP error alone: a customer may paste one; a person decides.
    expect(loopGuard(email({ text: smtp, newText: smtp }), ctx)).toMatchObject({ ignore: false, escalate: { code: 'bounce_message' } });
    // The subject alone is a customer's parcel.
    expect(loopGuard(email({ subject: 'Delivery failed', text: 'DHL could not deliver my order #1042, what now?', newText: 'DHL could not deliver my order #1042, what now?' }), ctx)).toEqual({ ignore: false });
  });

  it('knows a complaint report by its subject and a provider desk address, and holds the subject alone for a person', () => {
    expect(loopGuard(email({ from: { address: 'abuse@isp.example', name: '' }, subject: 'Spam complaint' }), ctx)).toMatchObject({ ignore: true, code: 'complaint_report' });
    expect(loopGuard(email({ subject: 'Abuse report', text: 'see attached', newText: 'see attached' }), ctx)).toMatchObject({ ignore: false, escalate: { code: 'complaint_report' } });
  });

  it('treats -admin as a list robot only with list evidence', () => {
    expect(loopGuard(email({ from: { address: 'club-admin@lists.example', name: '' }, subject: 'You are not a member of this list' }), ctx)).toMatchObject({ ignore: true, code: 'list_robot' });
    expect(loopGuard(email({ from: { address: 'shop-admin@retailer.example', name: '' } }), ctx)).toEqual({ ignore: false });
    expect(loopGuard(email({ from: { address: 'club-request@lists.example', name: '' } }), ctx)).toMatchObject({ ignore: true, code: 'list_robot' });
  });

  it('knows challenge-response robots by vendor headers and holds a challenge from a person-looking address for a person', () => {
    expect(loopGuard(email({}, { 'x-delivery-agent': 'TMDA/1.1.12' }), ctx)).toMatchObject({ ignore: true, code: 'challenge_response' });
    const text = 'Please verify that you are a human: https://cr.example/v/1';
    expect(loopGuard(email({ text, newText: text }), ctx)).toMatchObject({ ignore: false, escalate: { code: 'challenge_response' } });
  });

  it('knows vacation replies without Auto-Submitted from an absence subject and an absence notice, never from one alone', () => {
    const notice = 'I am currently on vacation and will respond to your email upon my return.';
    expect(loopGuard(email({ subject: 'On vacation', text: notice, newText: notice }), ctx)).toMatchObject({ ignore: true, code: 'vacation_reply' });
    expect(loopGuard(email({ subject: 'Re: your order', text: notice, newText: notice }), ctx)).toMatchObject({ ignore: false, escalate: { code: 'vacation_reply' } });
    const customer = "I'm on vacation until the 20th, please deliver order #1042 after that.";
    expect(loopGuard(email({ subject: 'On vacation', text: customer, newText: customer }), ctx)).toEqual({ ignore: false });
  });
});


describe('loopGuard: delivery reports and absence notices as mail systems and responders word them', () => {
  const relay = (subject: string, text: string) => email({ from: { address: 'relay@host.example', name: 'Relay' }, subject, text, newText: text }, { from: 'Relay <relay@host.example>' });

  it.each([
    ['Address not found', "Your message wasn't delivered to anna@example.org because the address couldn't be found."],
    ['Undeliverable: Order', 'Delivery has failed to these recipients or groups:\nanna@example.org'],
    ['Failure Notice', 'Sorry, we were unable to deliver your message to the following address.\n<anna@mail.example>:\n554: delivery error'],
    ['Mail delivery failed: returning message to sender', 'This message was created automatically by mail delivery software.'],
    ['DELIVERY FAILURE: User anna not listed', 'Your message\n\n  Subject: Order\n\nwas not delivered to:\n\n  anna@example.org'],
    ['Returned mail: User unknown', '   ----- The following addresses had permanent fatal errors -----'],
    ['Non remis : commande', "Votre message n'a pas pu être remis à anna@example.fr."],
    ['Unzustellbar: Bestellung', 'Die Nachricht konnte nicht zugestellt werden.'],
    ['No se puede entregar: pedido', 'El mensaje no se pudo entregar a anna@example.es.'],
  ])('ignores the delivery report "%s"', (subject, text) => {
    expect(loopGuard(relay(subject, text), ctx)).toMatchObject({ ignore: true, intent: 'bounce', code: 'bounce_message' });
  });

  it.each([
    ['fr', 'Bonjour, je suis en congé jusqu\'au 20 janvier. Je vous répondrai à mon retour.'],
    ['de', 'Ich bin derzeit im Urlaub und werde Ihre Nachricht nach meiner Rückkehr beantworten.'],
    ['es', 'Estoy fuera de la oficina hasta el lunes. Responderé a su correo a mi regreso.'],
    ['fa', 'من در مرخصی هستم و پس از بازگشت پاسخ خواهم داد.'],
    ['ar', 'أنا خارج المكتب حاليا وسأرد على رسالتك عند عودتي.'],
  ])('holds an absence notice (%s) under a plain "Re:" subject for a person', (_lang, text) => {
    expect(loopGuard(relay('Re: order #1042', text), ctx)).toMatchObject({ ignore: false, escalate: { code: 'vacation_reply' } });
  });
});
