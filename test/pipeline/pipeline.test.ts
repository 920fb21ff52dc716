import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { approveDraft } from '../../src/pipeline/reviewActions.ts';
import { expectedInbox, inboxFiles, ingestInbox, outboxFiles, type TestApp, testApp } from '../helpers/pipeline.ts';

const count = async (app: TestApp, table: 'messages' | 'drafts' | 'outbox' | 'threads' | 'events') =>
  Number((await app.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

describe('the pipeline on the demo inbox (embedded defaults)', () => {
  it('takes every email to the state its action calls for', async () => {
    app = await testApp();
    const ids = await ingestInbox(app);
    await runInline(app);
    const rows = await app.db.selectFrom('messages').select(['id', 'state', 'reason']).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const wrong: string[] = [];
    for (const file of inboxFiles()) {
      const want = { reply: 'awaiting_review', ignore: 'ignored', escalate: 'escalated' }[expectedInbox[file]!.action];
      const got = byId.get(ids[file]!)!;
      if (got.state !== want) wrong.push(`${file}: ${got.state} (${got.reason}), expected ${want}`);
    }
    expect(wrong).toEqual([]);
    // Every replying message has exactly one draft; nothing was sent in draft mode.
    expect(await count(app, 'drafts')).toBe(Object.values(expectedInbox).filter((e) => e.action === 'reply').length);
    expect(await count(app, 'outbox')).toBe(0);
  });

  it('running it twice over the same inbox creates no duplicate message, draft or reply', async () => {
    app = await testApp();
    await ingestInbox(app);
    await runInline(app);
    const drafts = await app.db.selectFrom('drafts').select('id').execute();
    for (const d of drafts) await approveDraft(app, d.id, 'staff-1');
    await runInline(app);
    const before = { messages: await count(app, 'messages'), drafts: await count(app, 'drafts'), outbox: await count(app, 'outbox'), threads: await count(app, 'threads') };
    expect(before.outbox).toBe(drafts.length);
    expect(outboxFiles(app)).toHaveLength(drafts.length);

    const again = await ingestInbox(app);
    const second = await runInline(app);
    expect(second.total).toBe(0);
    expect(Object.keys(again)).toHaveLength(inboxFiles().length);
    expect({ messages: await count(app, 'messages'), drafts: await count(app, 'drafts'), outbox: await count(app, 'outbox'), threads: await count(app, 'threads') }).toEqual(before);
    expect(outboxFiles(app)).toHaveLength(drafts.length);
    const states = await app.db.selectFrom('messages').select('state').where('state', 'in', ['sent', 'approved']).execute();
    expect(states).toEqual([]); // every sent reply was recorded: logged
  });

  it('writes each approved reply as a threaded RFC 5322 .eml', async () => {
    app = await testApp();
    const ids = await ingestInbox(app, ['01-en-order-status-tracking.eml']);
    await runInline(app);
    const draft = await app.db.selectFrom('drafts').selectAll().where('message_id', '=', ids['01-en-order-status-tracking.eml']!).executeTakeFirstOrThrow();
    await approveDraft(app, draft.id, 'staff-1');
    await runInline(app);
    const msg = await app.db.selectFrom('messages').selectAll().where('id', '=', draft.message_id).executeTakeFirstOrThrow();
    expect(msg.state).toBe('logged');
    const ob = await app.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    const eml = await simpleParser(readFileSync(join(app.dataDir, 'outbox', outboxFiles(app)[0]!)));
    expect(eml.inReplyTo).toBe(msg.rfc_message_id);
    expect(eml.references).toContain(msg.rfc_message_id);
    expect(eml.messageId).toBe(ob.rfc_message_id);
    expect(eml.to && 'value' in eml.to ? eml.to.value[0]!.address : '').toBe(msg.from_address);
    expect(eml.text).toContain('#1004');
    // The CRM record: the customer row and both emails on the timeline.
    const customer = await app.db.selectFrom('customers').selectAll().where('email', '=', msg.from_address!).executeTakeFirstOrThrow();
    expect(customer.shopify_id).not.toBeNull();
    const timeline = await app.db.selectFrom('events').select('type').where('message_id', '=', msg.id).where('type', 'like', 'crm_email_%').execute();
    expect(timeline.map((e) => e.type).sort()).toEqual(['crm_email_in', 'crm_email_out']);
  });

  it('a reply to our reply joins the same thread', async () => {
    app = await testApp();
    const ids = await ingestInbox(app, ['01-en-order-status-tracking.eml']);
    await runInline(app);
    const draft = await app.db.selectFrom('drafts').selectAll().executeTakeFirstOrThrow();
    await approveDraft(app, draft.id, 'staff-1');
    await runInline(app);
    const ob = await app.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    const first = await app.db.selectFrom('messages').selectAll().where('id', '=', ids['01-en-order-status-tracking.eml']!).executeTakeFirstOrThrow();
    const followUp = Buffer.from(
      [`From: ${first.from_address}`, 'To: support@demo-store.example', 'Subject: Re: thanks', 'Message-ID: <followup-1@example.com>', `In-Reply-To: ${ob.rfc_message_id}`, `References: ${first.rfc_message_id} ${ob.rfc_message_id}`, 'Date: Tue, 24 Nov 2026 10:00:00 +0000', '', 'Thanks, and when will it arrive exactly?', ''].join('\r\n'),
    );
    const r = await ingestRaw(app.db, 'demo', { source: 'file', uid: null, raw: followUp }, app.now());
    const row = await app.db.selectFrom('messages').select('thread_id').where('id', '=', r.id).executeTakeFirstOrThrow();
    expect(row.thread_id).toBe(first.thread_id);
  });
});

describe('the identity rule', () => {
  it('reveals nothing about an order to an address that did not place it', async () => {
    app = await testApp();
    const file = '03-en-identity-mismatch.eml';
    const ids = await ingestInbox(app, [file]);
    await runInline(app);
    const msg = await app.db.selectFrom('messages').selectAll().where('id', '=', ids[file]!).executeTakeFirstOrThrow();
    const facts = JSON.parse(msg.facts!);
    expect(facts.identity).toBe('mismatch');
    expect(facts.orders).toEqual([]);
    expect(msg.identity_verified).toBe(0);
    const draft = await app.db.selectFrom('drafts').selectAll().where('message_id', '=', msg.id).executeTakeFirstOrThrow();
    const order = await app.shop.orderByName(expectedInbox[file]!.orders[0]!);
    expect(order).not.toBeNull();
    const secrets = [
      order!.name,
      order!.name.replace('#', ''),
      order!.financialStatus,
      order!.fulfillmentStatus,
      order!.total.amount,
      ...order!.fulfillments.flatMap((f) => f.trackingInfo.map((t) => t.number ?? '')),
      ...order!.lineItems.map((l) => l.title),
    ].filter((s) => s.length > 2);
    for (const s of secrets) expect(draft.body).not.toContain(s);
    expect(draft.body.toLowerCase()).toMatch(/checkout|address you used|same email/);
    expect(draft.proposed_action).toBeNull();
  });

  it('uses the order facts when the sender placed the order', async () => {
    app = await testApp();
    const file = '01-en-order-status-tracking.eml';
    const ids = await ingestInbox(app, [file]);
    await runInline(app);
    const draft = await app.db.selectFrom('drafts').selectAll().where('message_id', '=', ids[file]!).executeTakeFirstOrThrow();
    const order = (await app.shop.orderByName('#1004'))!;
    const tracking = order.fulfillments.flatMap((f) => f.trackingInfo.map((t) => t.number)).filter(Boolean);
    expect(tracking.length).toBeGreaterThan(0);
    for (const t of tracking) expect(draft.body).toContain(t);
  });
});

describe('bad input loses nothing', () => {
  it('stores a malformed email as failed with its reason and raw bytes, and leaves it alone', async () => {
    app = await testApp();
    const raw = readFileSync('test/fixtures-mime/garbage.bin');
    const r = await ingestRaw(app.db, 'demo', { source: 'file', uid: null, raw }, app.now());
    expect(r).toMatchObject({ status: 'stored', state: 'failed' });
    const row = await app.db.selectFrom('messages').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    expect(row.state).toBe('failed');
    expect(row.reason).toMatch(/^malformed email: /);
    expect(Buffer.compare(row.raw!, raw)).toBe(0);
    const run = await runInline(app);
    expect(run.total).toBe(0);
    // The same bytes again are recognised as the same message.
    expect((await ingestRaw(app.db, 'demo', { source: 'file', uid: null, raw }, app.now())).status).toBe('duplicate');
  });
});

describe('retries', () => {
  it('counts attempts per step: a retried step that then succeeds does not use up the next step', async () => {
    app = await testApp({ env: { MAX_ATTEMPTS: '2', RETRY_BASE_MS: '1000' } });
    const ids = await ingestInbox(app, ['01-en-order-status-tracking.eml']);
    const id = ids['01-en-order-status-tracking.eml']!;
    const realShop = app.shop;
    let failNext = true;
    // The demo store itself, made to fail once at the resolve step as a 503 would.
    app.shop = new Proxy(realShop, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (prop !== 'customerByEmail' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
        return async (...args: unknown[]) => {
          if (failNext) {
            failNext = false;
            throw Object.assign(new Error('Shopify 503'), { status: 503 });
          }
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    await runInline(app);
    let row = await app.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'triaged', attempts: 1 });
    expect(row.reason).toMatch(/resolve: Shopify 503 \(attempt 1 of 2, will retry\)/);
    app.clock.advance(2_000);
    await runInline(app);
    row = await app.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'awaiting_review', attempts: 0 });
  });
});
