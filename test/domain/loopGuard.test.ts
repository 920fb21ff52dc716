import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../../src/domain/email.ts';
import { type LoopGuardContext, loopGuard } from '../../src/domain/loopGuard.ts';

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
