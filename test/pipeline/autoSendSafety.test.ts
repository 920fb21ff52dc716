// The safety net under the loop guard (src/pipeline/autoSendSafety.ts), through the real pipeline
// in auto mode: no automatic reply to an address that hard-bounced or complained, none into a
// thread whose last inbound message was a robot's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { advance } from '../../src/pipeline/advance.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { getMessage } from '../../src/store/messages.ts';
import { suppressReplies } from '../../src/store/replySuppressions.ts';
import { INBOX, type TestApp, testApp } from '../helpers/pipeline.ts';

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

// The fixtures carry no trusted Authentication-Results: auto-send for unchecked senders is opted into,
// so that the safety net is the only thing that can hold a reply here.
const AUTO = { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', AUTO_SEND_UNCHECKED_SENDERS: 'true' };
const RESTING = new Set(['sent', 'logged', 'ignored', 'escalated', 'failed', 'needs_attention', 'awaiting_review']);

async function ingest(raw: Buffer): Promise<string> {
  const r = await ingestRaw(app.db, 'demo', { source: 'file', uid: null, raw }, app.now());
  return r.id;
}

/** Runs the steps until the message rests; returns the row. */
async function settle(id: string) {
  for (let i = 0; i < 10; i++) {
    const row = await getMessage(app.db, id);
    if (!row || RESTING.has(row.state)) return row!;
    await advance(app, id);
  }
  return (await getMessage(app.db, id))!;
}

const customerMail = readFileSync(join(INBOX, '01-en-order-status-tracking.eml'));

function followUp(inReplyTo: string, o: { subject: string; body: string; messageId: string; extra?: string[] }): Buffer {
  return Buffer.from(
    [
      'From: Emma Johnson <emma.johnson@example.com>',
      'To: Demo Store Support <support@demo-store.example>',
      `Subject: ${o.subject}`,
      'Date: Tue, 24 Nov 2026 09:00:00 +0000',
      `Message-ID: ${o.messageId}`,
      `In-Reply-To: ${inReplyTo}`,
      `References: ${inReplyTo}`,
      ...(o.extra ?? []),
      'Content-Type: text/plain; charset=utf-8',
      '',
      o.body,
      '',
    ].join('\r\n'),
  );
}

describe('auto-send safety net', () => {
  it('sends the ordinary case by itself (the control)', async () => {
    app = await testApp({ env: AUTO });
    expect((await settle(await ingest(customerMail))).state).toBe('sent');
  });

  it('holds the reply for a person when a reply to the address hard-bounced before', async () => {
    app = await testApp({ env: AUTO });
    await suppressReplies(app.db, { address: 'Emma.Johnson@example.com', kind: 'hard_bounce', reason: '550 5.1.1 user unknown', messageId: null, at: app.now().toISOString() });
    const row = await settle(await ingest(customerMail));
    expect(row.state).toBe('awaiting_review');
    expect(row.reason).toBe('review: emma.johnson@example.com hard-bounced a reply before (550 5.1.1 user unknown): no automatic reply');
  });

  it('holds the reply for a person when the address reported our mail as spam', async () => {
    app = await testApp({ env: AUTO });
    await suppressReplies(app.db, { address: 'emma.johnson@example.com', kind: 'complaint', reason: null, messageId: null, at: app.now().toISOString() });
    const row = await settle(await ingest(customerMail));
    expect(row.state).toBe('awaiting_review');
    expect(row.reason).toMatch(/reported our mail as spam/);
  });

  it("does not auto-send into a thread whose last inbound message was a robot's", async () => {
    app = await testApp({ env: AUTO });
    const first = await settle(await ingest(customerMail));
    expect(first.state).toBe('sent');
    const ours = await app.db.selectFrom('outbox').select('rfc_message_id').where('message_id', '=', first.id).executeTakeFirstOrThrow();
    app.clock.advance(60_000);

    // The customer's mailbox answers our reply by itself (no Auto-Submitted), in the same thread.
    const robot = await settle(
      await ingest(followUp(ours.rfc_message_id, { subject: 'Abwesend: Re: Where is my order #1004?', messageId: '<away-1@mail.example.com>', body: 'Ich bin bis zum 30. November nicht im Büro. In dringenden Fällen wenden Sie sich an info@example.com.' })),
    );
    expect(robot).toMatchObject({ state: 'ignored', guard_code: 'vacation_reply', thread_id: first.thread_id });

    // Then a message in that thread that would otherwise go out by itself.
    app.clock.advance(60_000);
    const next = await settle(await ingest(followUp(ours.rfc_message_id, { subject: 'Re: Where is my order #1004?', messageId: '<again-1@mail.example.com>', body: 'Hi, any news on order #1004? Where is it now?' })));
    expect(next.thread_id).toBe(first.thread_id);
    expect(next.state).toBe('awaiting_review');
    expect(next.reason).toMatch(/^review: the last message in this thread was a robot's \(emma\.johnson@example\.com: /);
  });

  it('still auto-sends in a thread whose last inbound message was a person (the robot came earlier)', async () => {
    app = await testApp({ env: { ...AUTO, REPLY_CAP_PER_SENDER: '10' } });
    const first = await settle(await ingest(customerMail));
    const ours = await app.db.selectFrom('outbox').select('rfc_message_id').where('message_id', '=', first.id).executeTakeFirstOrThrow();
    const robot = await settle(await ingest(followUp(ours.rfc_message_id, { subject: 'Automatic reply: Re: Where is my order #1004?', messageId: '<away-2@mail.example.com>', body: 'I am away.' })));
    expect(robot).toMatchObject({ state: 'ignored', guard_code: 'vacation_reply', thread_id: first.thread_id });
    app.clock.advance(60_000);
    const person = await settle(await ingest(followUp(ours.rfc_message_id, { subject: 'Re: Where is my order #1004?', messageId: '<again-2@mail.example.com>', body: 'Hi, any news on order #1004? Where is it now?' })));
    expect(person.state).toBe('awaiting_review'); // right after the robot: held
    app.clock.advance(60_000);
    const later = await settle(await ingest(followUp(ours.rfc_message_id, { subject: 'Re: Where is my order #1004?', messageId: '<again-3@mail.example.com>', body: 'Hello again, where is order #1004 now? Tracking please.' })));
    expect(later.state).toBe('sent');
  });
});
