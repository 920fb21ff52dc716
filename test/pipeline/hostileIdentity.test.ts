import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { approveDraft } from '../../src/pipeline/reviewActions.ts';
import { TRUSTED, ingestMail, leakedFacts, type RawMailSpec } from '../helpers/hostileMail.ts';
import { type TestApp, testApp } from '../helpers/pipeline.ts';

// The owner turned everything on: auto mode for order-status, any confidence, and even senders
// no trusted server checked. Only the identity rules stand between these messages and the orders.
const ENV = {
  REVIEW_MODE: 'auto',
  AUTO_INTENTS: 'order_status',
  AUTO_CONFIDENCE: '0',
  AUTO_SEND_UNCHECKED_SENDERS: 'true',
  TRUSTED_AUTHSERV_IDS: TRUSTED,
  REPLY_CAP_PER_SENDER: '1000',
};
const EMMA = 'Emma Johnson <emma.johnson@example.com>'; // owns #1001, #1002, #1004, #1021
const NOAH = 'Noah Williams <noah.williams@example.com>'; // owns #1003, #1012, #1030
const ATTACKER = 'attacker@elsewhere.example';
const pass = (domain: string) => `${TRUSTED}; dkim=pass header.d=${domain}; spf=pass smtp.mailfrom=b@${domain}; dmarc=pass header.from=${domain}`;
const ask = (order: string) => ({ subject: `Where is my order ${order}?`, text: `Hi, where is my order ${order}? Please send me the tracking number and the list of items. Thanks` });

const HOSTILE: RawMailSpec[] = [
  // Reply-To, Sender, a second From: the reply would be steered away from the owner.
  { from: EMMA, replyTo: ATTACKER, ...ask('#1004'), messageId: '<h-replyto@x>' },
  { from: EMMA, replyTo: `"Emma Johnson" <${ATTACKER}>`, authResults: [pass('example.com')], ...ask('#1001'), messageId: '<h-replyto-auth@x>' },
  { from: EMMA, sender: ATTACKER, ...ask('#1002'), messageId: '<h-sender@x>' },
  { from: [EMMA, ATTACKER], ...ask('#1021'), messageId: '<h-two-from@x>' },
  { from: `${EMMA}, ${ATTACKER}`, ...ask('#1004'), messageId: '<h-from-list@x>' },
  // Forged From: the trusted server failed it; forged verdicts from anyone else.
  { from: NOAH, authResults: [`${TRUSTED}; spf=fail smtp.mailfrom=${ATTACKER}; dmarc=fail header.from=example.com`], ...ask('#1003'), messageId: '<h-dmarc-fail@x>' },
  { from: NOAH, authResults: [`${TRUSTED}; dmarc=fail header.from=example.com`, pass('example.com')], ...ask('#1012'), messageId: '<h-forged-below@x>' },
  { from: NOAH, replyTo: ATTACKER, authResults: ['mx.elsewhere.example; dmarc=pass header.from=example.com'], ...ask('#1030'), messageId: '<h-untrusted-pass@x>' },
  // The attacker as the sender: display-name spoofing, someone else's orders, a hijacked thread.
  { from: `"emma.johnson@example.com" <${ATTACKER}>`, ...ask('#1004'), messageId: '<h-display-name@x>' },
  { from: ATTACKER, replyTo: 'emma.johnson@example.com', ...ask('#1001'), messageId: '<h-reverse-replyto@x>' },
  { from: ATTACKER, authResults: [pass('elsewhere.example')], ...ask('#1003'), messageId: '<h-authenticated-stranger@x>' },
  {
    from: ATTACKER,
    subject: 'Re: Where is my order #1004?',
    text: 'Thanks! Could you resend the tracking number and the items?',
    inReplyTo: '<legit-emma@mail.example.com>',
    references: '<legit-emma@mail.example.com>',
    messageId: '<h-thread-hijack@x>',
  },
];

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

describe('hostile identity batch, auto mode, inline runner', () => {
  it('no outbox message to anyone carries an order fact of an order they do not own, even after a reviewer approves every draft unread', async () => {
    app = await testApp({ env: ENV });
    // Two genuine customers first, authenticated: the positive control, and a thread to hijack.
    await ingestMail(app, { from: EMMA, authResults: [pass('example.com')], ...ask('#1004'), messageId: '<legit-emma@mail.example.com>' });
    await ingestMail(app, { from: NOAH, authResults: [pass('example.com')], ...ask('#1003'), messageId: '<legit-noah@mail.example.com>' });
    await runInline(app);
    for (const m of HOSTILE) await ingestMail(app, m);
    await runInline(app);

    // Nothing hostile was sent without a person, and every one of them is explained on its row.
    const rows = await app.db.selectFrom('messages').select(['rfc_message_id', 'state', 'thread_id']).execute();
    const hostile = rows.filter((r) => r.rfc_message_id.startsWith('<h-'));
    expect(hostile).toHaveLength(HOSTILE.length);
    for (const r of hostile) expect(r.state, r.rfc_message_id).not.toMatch(/^(approved|sent|logged)$/);
    const byId = Object.fromEntries(rows.map((r) => [r.rfc_message_id, r]));

    // The careless reviewer: approve every waiting draft as it is, and send.
    const waiting = await app.db.selectFrom('drafts').innerJoin('messages', 'messages.id', 'drafts.message_id').select('drafts.id').where('messages.state', '=', 'awaiting_review').execute();
    expect(waiting.length).toBeGreaterThanOrEqual(HOSTILE.length);
    for (const d of waiting) await approveDraft(app, d.id, 'careless-reviewer');
    await runInline(app);

    const sent = await app.db.selectFrom('outbox').select(['provider_id', 'to_address']).where('status', '=', 'sent').execute();
    expect(sent.length).toBeGreaterThanOrEqual(HOSTILE.length + 2);
    const recipients = new Set<string>();
    for (const row of sent) {
      const mail = await simpleParser(readFileSync(row.provider_id!));
      const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
      expect(to).toEqual([row.to_address]);
      recipients.add(row.to_address);
      expect(leakedFacts(row.to_address, mail.text ?? ''), `reply to ${row.to_address}`).toEqual([]);
    }
    // The attacker only ever hears from us when they wrote from their own address, and learns nothing.
    expect([...recipients].sort()).toEqual([ATTACKER, 'emma.johnson@example.com', 'noah.williams@example.com']);

    // Positive control: the genuine customers did get their own facts, unreviewed.
    const legit = await app.db.selectFrom('outbox').innerJoin('drafts', 'drafts.id', 'outbox.draft_id').select(['outbox.provider_id', 'drafts.approved_by', 'outbox.to_address']).where('drafts.approved_by', '=', 'auto').execute();
    expect(legit.map((l) => l.to_address).sort()).toEqual(['emma.johnson@example.com', 'noah.williams@example.com']);
    const emmaReply = legit.find((l) => l.to_address === 'emma.johnson@example.com')!;
    expect(readFileSync(emmaReply.provider_id!, 'utf8')).toContain('1Z999AA10123456784');

    // The hijacker got a conversation of their own, and each steered or forged message says why on its row.
    expect(byId['<h-thread-hijack@x>']!.thread_id).not.toBe(byId['<legit-emma@mail.example.com>']!.thread_id);
    const checks = await app.db.selectFrom('messages').select(['rfc_message_id', 'sender_check']).execute();
    const checkOf = Object.fromEntries(checks.map((r) => [r.rfc_message_id, r.sender_check]));
    for (const id of ['<h-replyto@x>', '<h-replyto-auth@x>', '<h-sender@x>', '<h-two-from@x>', '<h-from-list@x>', '<h-dmarc-fail@x>', '<h-forged-below@x>', '<h-untrusted-pass@x>']) {
      expect(checkOf[id], id).toBe('not_confirmed');
    }
  });
});
