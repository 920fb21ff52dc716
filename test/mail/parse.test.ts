import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedEmail } from '../../src/domain/email.ts';
import { MalformedEmailError, normalizeLineEndings, parseEmail } from '../../src/mail/parse.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures-mime/${name}`, import.meta.url));

/** A small RFC 5322 message; `extra` headers go before the body. */
function eml(body: string, extra: Record<string, string> = {}, contentType = 'text/plain; charset=utf-8'): Buffer {
  const headers: Record<string, string> = {
    From: 'Alice Customer <Alice@Example.com>',
    To: 'Shop Support <support@shop.example>',
    Subject: 'Where is my order?',
    Date: 'Mon, 13 Jan 2025 10:00:00 +0000',
    'Message-ID': '<m1@example.com>',
    'MIME-Version': '1.0',
    'Content-Type': contentType,
    'Content-Transfer-Encoding': '8bit',
    ...extra,
  };
  const head = Object.entries(headers)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}

describe('parseEmail: headers and addresses', () => {
  it('fills every ParsedEmail field from a plain message', async () => {
    const raw = eml('Hi, where is order #1042?\n', {
      'In-Reply-To': '<r1@shop.example>',
      References: '<o1@example.com>\r\n <r1@shop.example>',
      'Reply-To': 'Alice Home <alice@home.example>',
      'Auto-Submitted': 'no',
      Received: 'from a by b; Mon, 13 Jan 2025 10:00:00 +0000',
    });
    const email = await parseEmail(raw);
    expect(ParsedEmail.parse(email)).toEqual(email);
    expect(email.messageId).toBe('<m1@example.com>');
    expect(email.inReplyTo).toBe('<r1@shop.example>');
    expect(email.references).toEqual(['<o1@example.com>', '<r1@shop.example>']);
    expect(email.from).toEqual({ address: 'alice@example.com', name: 'Alice Customer' });
    expect(email.to).toEqual([{ address: 'support@shop.example', name: 'Shop Support' }]);
    expect(email.replyTo).toEqual({ address: 'alice@home.example', name: 'Alice Home' });
    expect(email.subject).toBe('Where is my order?');
    expect(email.date).toBe('2025-01-13T10:00:00.000Z');
    expect(email.headers['auto-submitted']).toBe('no');
    expect(email.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(email.contentType).toBe('text/plain');
    expect(email.text).toBe('Hi, where is order #1042?');
    expect(email.newText).toBe('Hi, where is order #1042?');
    expect(email.quotedText).toBe('');
    expect(email.htmlOnly).toBe(false);
    expect(email.attachments).toEqual([]);
  });

  it('joins repeated headers with ", "', async () => {
    const raw = Buffer.from(
      'Received: from a by b\r\nReceived: from c by d\r\nFrom: a@example.com\r\nSubject: x\r\n\r\nhello\r\n',
    );
    const email = await parseEmail(raw);
    expect(email.headers.received).toBe('from a by b, from c by d');
  });

  it('synthesises a stable Message-ID from the raw bytes when it is missing', async () => {
    const raw = eml('hello', { 'Message-ID': '' });
    const email = await parseEmail(raw);
    const hash = createHash('sha256').update(raw).digest('hex');
    expect(email.messageId).toBe(`<${hash}@deskhand.invalid>`);
    expect((await parseEmail(raw)).messageId).toBe(email.messageId);
  });

  it('gives null for a missing or unparseable Date instead of "now"', async () => {
    expect((await parseEmail(eml('x', { Date: '' }))).date).toBeNull();
    expect((await parseEmail(eml('x', { Date: 'sometime last week' }))).date).toBeNull();
  });

  it('reports the top-level content type without parameters', async () => {
    const raw = eml('--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed\r\n--b--\r\n', {}, 'multipart/report; report-type=delivery-status; boundary="b"');
    const email = await parseEmail(raw);
    expect(email.contentType).toBe('multipart/report');
    expect(email.text).toContain('Delivery failed');
  });
});

describe('parseEmail: line endings', () => {
  it('reads a message with bare CR line endings (old Mac gateways) as headers and body, not one long header', async () => {
    const crlf = eml('Where is my order #1042?\nThanks');
    const cr = Buffer.from(crlf.toString('latin1').replace(/\r\n/g, '\r'), 'latin1');
    const email = await parseEmail(cr);
    expect(email.from).toEqual({ address: 'alice@example.com', name: 'Alice Customer' });
    expect(email.subject).toBe('Where is my order?');
    expect(email.text).toBe('Where is my order #1042?\nThanks');
    expect(email.messageId).toBe('<m1@example.com>');
  });

  it('leaves CRLF and LF messages byte for byte as they are', async () => {
    const crlf = eml('Hello');
    expect(normalizeLineEndings(crlf)).toBe(crlf);
    const lf = Buffer.from(crlf.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    expect(normalizeLineEndings(lf)).toBe(lf);
    expect(normalizeLineEndings(Buffer.from('A: 1\rB: 2\r\n\rbody\r', 'latin1')).toString('latin1')).toBe('A: 1\r\nB: 2\r\n\r\nbody\r\n');
  });
});

describe('parseEmail: body text', () => {
  it('converts an HTML-only message to text and marks it htmlOnly', async () => {
    const html =
      '<html><body><div dir="ltr">Hi, my order <b>#1042</b> has not arrived.</div><br>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, Jan 13, 2025 at 9:00 AM Shop &lt;support@shop.example&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote">Your order has shipped.</blockquote></div></body></html>';
    const email = await parseEmail(eml(html, {}, 'text/html; charset=utf-8'));
    expect(email.htmlOnly).toBe(true);
    expect(email.text).not.toContain('<b>');
    expect(email.newText).toBe('Hi, my order #1042 has not arrived.');
    expect(email.quotedText).toContain('Your order has shipped.');
  });

  it('converts HTML that sits beside an attachment, and keeps attachment metadata only', async () => {
    const email = await parseEmail(fixture('html-with-attachment.eml'));
    expect(email.htmlOnly).toBe(true);
    expect(email.newText).toContain('The mug in order #1042 arrived broken.');
    expect(email.attachments).toEqual([{ filename: 'broken.png', contentType: 'image/png', size: 70 }]);
    expect(Object.keys(email.attachments[0] ?? {})).not.toContain('content');
  });

  it('decodes ISO-8859-1 body and encoded-word headers', async () => {
    const email = await parseEmail(fixture('latin1.eml'));
    expect(email.subject).toBe('Bestellung überfällig');
    expect(email.from).toEqual({ address: 'juergen@example.de', name: 'Jürgen Müller' });
    expect(email.text).toContain('meine Bestellung #1042 ist überfällig. Können Sie nachsehen?');
  });

  it('decodes windows-1256 Persian', async () => {
    const email = await parseEmail(fixture('persian-windows-1256.eml'));
    expect(email.subject).toBe('پيگيري سفارش');
    expect(email.newText).toContain('سفارش شماره 1042 من هنوز نرسيده است');
  });

  it('decodes base64 UTF-8 Persian and separates the Persian quote header', async () => {
    const email = await parseEmail(fixture('persian-utf8-reply.eml'));
    expect(email.subject).toBe('Re: سفارش ۱۰۴۲');
    expect(email.newText).toBe('ممنون، ولی هنوز بسته به دستم نرسیده.');
    expect(email.quotedText).toContain('نوشت:');
    expect(email.quotedText).toContain('سفارش شما ارسال شد.');
    expect(email.references).toEqual(['<orig-1@example.ir>', '<reply-1@shop.example>']);
  });

  it('decodes an unknown charset best effort instead of throwing', async () => {
    const email = await parseEmail(fixture('unknown-charset.eml'));
    expect(email.newText).toBe('Where is order 1042? Café ☕');
  });

  it('truncates text longer than maxTextChars', async () => {
    const email = await parseEmail(eml('word '.repeat(10_000)), { maxRawBytes: 1_000_000, maxTextChars: 1000 });
    expect(email.text.length).toBe(1000);
    expect(email.newText.length).toBeLessThanOrEqual(1000);
  });

  it('cuts HTML longer than maxHtmlChars before converting it', async () => {
    const html = `<p>start</p>${'<p>filler text</p>'.repeat(5000)}<p>THE-END</p>`;
    const email = await parseEmail(eml(html, {}, 'text/html; charset=utf-8'), { maxRawBytes: 1_000_000, maxTextChars: 1_000_000, maxHtmlChars: 2000 });
    expect(email.text.startsWith('start')).toBe(true);
    expect(email.text).not.toContain('THE-END');
  });

  it('survives HTML nested far deeper than html-to-text can walk (text left empty, no stack overflow)', async () => {
    const html = `Hello<br>${'<div>'.repeat(50_000)}inner${'</div>'.repeat(50_000)}`;
    const email = await parseEmail(eml(html, {}, 'text/html; charset=utf-8'));
    expect(email.htmlOnly).toBe(true);
    expect(email.text).toBe('');
  });
});

describe('parseEmail: new text, quoted history, forwards, signature', () => {
  const cases: Array<[string, string, string, string]> = [
    ['en Gmail', 'Still nothing, please check.', 'On Mon, Jan 13, 2025 at 9:00 AM Shop <support@shop.example> wrote:', '> It shipped on Friday.'],
    ['en wrapped header', 'Still nothing, please check.', 'On Mon, Jan 13, 2025 at 9:00 AM Shop Support Team <\nsupport@shop.example> wrote:', '> It shipped on Friday.'],
    ['es', 'Todavía no llega.', 'El lun, 13 ene 2025 a las 9:00, Tienda (<support@shop.example>) escribió:', '> Lo enviamos el viernes.'],
    ['fr', "Toujours rien reçu.", 'Le lun. 13 janv. 2025 à 09:00, Boutique <support@shop.example> a écrit :', '> Expédié vendredi.'],
    ['de', 'Immer noch nichts.', 'Am Mo., 13. Jan. 2025 um 09:00 Uhr schrieb Shop <support@shop.example>:', '> Am Freitag versendet.'],
    ['de short', 'Immer noch nichts.', 'Am 13.01.2025 schrieb Shop:', 'Am Freitag versendet.'],
    ['fa', 'هنوز نرسیده.', 'در تاریخ دوشنبه ۱۳ ژانویه ۲۰۲۵، Shop <support@shop.example> نوشت:', '> جمعه ارسال شد.'],
    ['ar', 'لم يصل بعد.', 'في الاثنين، 13 يناير 2025 في 9:00 ص، كتب Shop <support@shop.example>:', '> تم الشحن يوم الجمعة.'],
    ['ar Gmail', 'لم يصل بعد.', 'في الاثنين، 13 يناير 2025 في 9:00 ص تمت كتابة ما يلي بواسطة Shop <support@shop.example>:', 'تم الشحن يوم الجمعة.'],
    ['Outlook original', 'Please see below.', '-----Original Message-----\nFrom: Shop <support@shop.example>\nSent: Monday, January 13, 2025 9:00 AM', 'It shipped.'],
    ['Outlook header block', 'Please see below.', '________________________________\nFrom: Shop <support@shop.example>\nSent: Monday, January 13, 2025 9:00 AM\nTo: Alice', 'It shipped.'],
    ['Outlook fr header block', 'Voir ci-dessous.', 'De : Boutique <support@shop.example>\nEnvoyé : lundi 13 janvier 2025 09:00\nÀ : Alice', 'Expédié.'],
    ['Gmail forward', 'FYI, this is the order confirmation.', '---------- Forwarded message ---------\nFrom: Shop <orders@shop.example>\nDate: Mon, Jan 13, 2025', 'Order #1042 confirmed.'],
    ['Apple forward', 'See the confirmation below.', 'Begin forwarded message:\n\nFrom: Shop <orders@shop.example>', 'Order #1042 confirmed.'],
    ['fr forward', 'Voir la confirmation.', '-------- Message transféré --------\nSujet : Commande', 'Commande #1042 confirmée.'],
    ['de forward', 'Siehe unten.', '---------- Weitergeleitete Nachricht ----------\nVon: Shop <orders@shop.example>', 'Bestellung #1042 bestätigt.'],
    ['es forward', 'Mira abajo.', '---------- Mensaje reenviado ---------\nDe: Tienda <orders@shop.example>', 'Pedido #1042 confirmado.'],
  ];

  it.each(cases)('%s: new text above the marker, history below', async (_name, fresh, marker, old) => {
    const email = await parseEmail(eml(`${fresh}\n\n${marker}\n${old}\n`));
    expect(email.newText).toBe(fresh);
    expect(email.quotedText).toContain(old.replace(/^> /, ''));
    expect(email.quotedText).toContain(marker.split('\n')[0]?.trim().slice(0, 12));
    expect(email.text).toContain(fresh);
  });

  it('keeps "> " quoted lines out of the new text', async () => {
    const email = await parseEmail(eml('> Did it arrive?\n\nNo, it did not.\n'));
    expect(email.newText).toBe('No, it did not.');
    expect(email.quotedText).toContain('Did it arrive?');
  });

  it('separates a "-- " signature', async () => {
    const email = await parseEmail(eml('Where is order #1042?\n\n-- \nAlice Customer\n+1 555 0100\n'));
    expect(email.newText).toBe('Where is order #1042?');
    expect(email.signature).toContain('Alice Customer');
    expect(email.signature).toContain('+1 555 0100');
  });

  it('separates "Sent from my iPhone" and the quote under it', async () => {
    const email = await parseEmail(
      eml('Can I change the address?\n\nSent from my iPhone\n\nOn Jan 13, 2025, at 09:00, Shop <support@shop.example> wrote:\n> Thanks for your order.\n'),
    );
    expect(email.newText).toBe('Can I change the address?');
    expect(email.signature).toBe('Sent from my iPhone');
    expect(email.quotedText).toContain('Thanks for your order.');
  });

  it('does not treat prose that merely mentions "wrote" as a quote header', async () => {
    const body = 'On the form I wrote my old address.\nPlease use the new one: 1 Main St.';
    const email = await parseEmail(eml(body));
    expect(email.newText).toBe(body);
    expect(email.quotedText).toBe('');
  });
});

describe('parseEmail: rejects what is not a usable email', () => {
  it('rejects binary garbage', async () => {
    const err = await parseEmail(fixture('garbage.bin')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedEmailError);
    expect((err as MalformedEmailError).reason).toMatch(/^no RFC 5322 headers/);
  });

  it('rejects prose with no headers', async () => {
    const err = await parseEmail(Buffer.from('hello, this is just a note\nwith two lines\n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedEmailError);
    expect((err as MalformedEmailError).reason).toMatch(/^no RFC 5322 headers/);
  });

  it('rejects header-like lines with no known header name', async () => {
    const err = await parseEmail(Buffer.from('Foo: bar\r\nBaz: qux\r\n\r\nbody')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedEmailError);
  });

  it('rejects a message over maxRawBytes with the sizes in the reason', async () => {
    const raw = eml('x'.repeat(500));
    const err = await parseEmail(raw, { maxRawBytes: 200, maxTextChars: 1000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedEmailError);
    expect((err as MalformedEmailError).reason).toBe(`message is ${raw.length} bytes, over the 200-byte limit`);
  });
});
