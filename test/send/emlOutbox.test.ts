import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmlOutbox } from '../../src/send/emlOutbox.ts';
import type { OutgoingReply } from '../../src/send/port.ts';

const reply: OutgoingReply = {
  deskhandMessageId: 'msg_01J9Z3K7Q2',
  rfcMessageId: '<reply-msg_01J9Z3K7Q2@demo-store.example>',
  from: { address: 'support@demo-store.example', name: 'Demo Store Support' },
  replyTo: 'help@demo-store.example',
  to: 'reza@example.com',
  subject: 'Re: سفارش ۱۰۰۱ کجاست؟',
  text: 'سلام رضا،\n\nسفارش #1001 شما روز دوشنبه ارسال شد.\n\nDemo Store — Grüße',
  inReplyTo: '<CAF=abc123@mail.example.com>',
  references: ['<first@mail.example.com>', '<CAF=abc123@mail.example.com>'],
};

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskhand-outbox-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('EmlOutbox', () => {
  it('writes an RFC 5322 message that mailparser reads back with the threading headers', async () => {
    const outbox = new EmlOutbox({ dataDir, now: () => new Date('2025-03-04T10:20:30Z') });
    const receipt = await outbox.send(reply);

    expect(receipt.provider).toBe('eml');
    expect(receipt.providerId).toBe(join(dataDir, 'outbox', 'msg_01J9Z3K7Q2.eml'));

    const raw = await readFile(receipt.providerId);
    expect(raw.includes('\r\n')).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.messageId).toBe('<reply-msg_01J9Z3K7Q2@demo-store.example>');
    expect(mail.inReplyTo).toBe('<CAF=abc123@mail.example.com>');
    expect(mail.references).toEqual(['<first@mail.example.com>', '<CAF=abc123@mail.example.com>']);
    expect(mail.headers.get('x-deskhand-message-id')).toBe('msg_01J9Z3K7Q2');
    expect(mail.date?.toISOString()).toBe('2025-03-04T10:20:30.000Z');
    expect(mail.from?.value).toEqual([{ address: 'support@demo-store.example', name: 'Demo Store Support' }]);
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value).toEqual([{ address: 'reza@example.com', name: '' }]);
    expect(mail.replyTo?.value).toEqual([{ address: 'help@demo-store.example', name: '' }]);
    expect(mail.subject).toBe('Re: سفارش ۱۰۰۱ کجاست؟');
    expect(mail.text?.trimEnd()).toBe(reply.text);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
  });

  it('overwrites the same file when a reply is sent twice, and leaves no temporary files', async () => {
    const outbox = new EmlOutbox({ dataDir });
    await outbox.send(reply);
    const second = await outbox.send({ ...reply, text: 'Second version' });

    expect(await readdir(join(dataDir, 'outbox'))).toEqual(['msg_01J9Z3K7Q2.eml']);
    const mail = await simpleParser(await readFile(second.providerId));
    expect(mail.text?.trim()).toBe('Second version');
  });

  it('keeps a hostile message id inside the outbox folder', async () => {
    const outbox = new EmlOutbox({ dataDir });
    const receipt = await outbox.send({ ...reply, deskhandMessageId: '../../etc/passwd' });
    expect(receipt.providerId.startsWith(join(dataDir, 'outbox') + '/')).toBe(true);
    expect(await readdir(join(dataDir, 'outbox'))).toHaveLength(1);
  });
});
