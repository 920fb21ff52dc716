import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FixtureShop } from '../../src/shop/fixtureShop.ts';
import type { QueueItem } from '../../src/web/queries/queue.ts';
import { outboxFiles } from '../helpers/pipeline.ts';
import { AGENT, type Desk, deskTestApp, login, OWNER, type Session } from './deskTestApp.ts';

let d: Desk;
let agent: Session;
let owner: Session;
beforeAll(async () => {
  d = await deskTestApp();
  agent = await login(d.app, AGENT);
  owner = await login(d.app, OWNER);
});

const draftOf = (file: string) => d.deps.db.selectFrom('drafts').selectAll().where('message_id', '=', d.ids[file]!).executeTakeFirstOrThrow();
const messageOf = (file: string) => d.deps.db.selectFrom('messages').selectAll().where('id', '=', d.ids[file]!).executeTakeFirstOrThrow();
const queue = async (s: Session, qs: string) => (await (await s.get(`/api/queue?${qs}`)).json()) as { items: QueueItem[]; counts: Record<string, number> };

describe('queue', () => {
  it('lists each tab from the message states, oldest first for work tabs', async () => {
    const states = await d.deps.db.selectFrom('messages').select('state').execute();
    const n = (s: string[]) => states.filter((r) => s.includes(r.state)).length;
    const { items, counts } = await queue(agent, 'tab=review');
    expect(items).toHaveLength(n(['awaiting_review']));
    expect(counts).toMatchObject({ review: n(['awaiting_review']), escalated: n(['escalated']), ignored: n(['ignored']) });
    expect(items.every((i) => i.state === 'awaiting_review')).toBe(true);
    const esc = await queue(agent, 'tab=escalated');
    expect(esc.items.map((i) => i.messageId).sort()).toEqual(
      ['16-en-chargeback-threat.eml', '17-en-prompt-injection.eml', '53-de-legal-threat.eml'].map((f) => d.ids[f]).sort(),
    );
  });

  it('filters by intent and language, and searches subject, sender and text', async () => {
    const cancels = await queue(agent, 'tab=review&intent=cancel_order');
    expect(cancels.items.length).toBeGreaterThan(1);
    expect(cancels.items.every((i) => i.intent === 'cancel_order')).toBe(true);
    const fa = await queue(agent, 'tab=review&language=fa');
    expect(fa.items.length).toBe(4);
    expect(fa.items.every((i) => i.language === 'fa')).toBe(true);
    const search = await queue(agent, 'tab=review&q=SNEAKERS');
    expect(search.items.map((i) => i.messageId)).toContain(d.ids['08-en-exchange-size.eml']);
    // LIKE wildcards are literal: "%" matches only a real percent sign.
    const pct = await queue(agent, 'tab=ignored&q=300%25');
    expect(pct.items.map((i) => i.messageId)).toEqual([d.ids['14-en-spam-seo.eml']]);
  });

  it('shows the SLA age and flags messages past it; the age filter follows the clock', async () => {
    const before = await queue(agent, 'tab=review&age=gt4h');
    expect(before.items).toHaveLength(0);
    d.deps.clock.advance(5 * 3_600_000);
    const after = await queue(agent, 'tab=review&age=gt4h');
    const all = await queue(agent, 'tab=review');
    expect(after.items.length).toBe(all.items.length);
    expect(all.items.every((i) => i.pastSla && i.ageMinutes >= 300)).toBe(true);
    const html = await (await agent.get('/queue')).text();
    expect(html).toContain('class="age late"');
    expect(html).toContain('5 h 00 min');
  });

  it('renders rows with the draft id the approve shortcut uses', async () => {
    const draft = await draftOf('01-en-order-status-tracking.eml');
    const html = await (await agent.get('/queue?tab=review')).text();
    expect(html).toContain(`data-draft="${draft.id}"`);
    expect(html).toContain('<tr class="row"');
  });
});

describe('thread page', () => {
  it('shows the conversation, the customer sidebar with orders and tracking, and why the draft says what it says', async () => {
    const m = await messageOf('01-en-order-status-tracking.eml');
    const res = await agent.get(`/threads/${m.thread_id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-order="#1004"');
    expect(html).toMatch(/href="https:\/\/[^"]*"[^>]*>[^<]+<\/a>/); // tracking or admin link
    expect(html).toContain('Why this draft');
    expect(html).toContain('order status');
    expect(html).toContain('offline');
    const draft = await draftOf('01-en-order-status-tracking.eml');
    for (const fact of JSON.parse(draft.facts_used) as string[]) expect(html).toContain(fact.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    const api = (await (await agent.get(`/api/threads/${m.thread_id}`)).json()) as { customer: { orders: { name: string }[] }; items: { kind: string }[] };
    expect(api.customer.orders.map((o) => o.name)).toContain('#1004');
  });

  it('looks up shop facts only for the thread customer: an order someone else owns never shows', async () => {
    const m = await messageOf('03-en-identity-mismatch.eml');
    const view = (await (await agent.get(`/api/threads/${m.thread_id}`)).json()) as { customer: { email: string; orders: { name: string; email: string | null; customerEmail: string | null }[] } };
    expect(view.customer.email).toBe(m.from_address);
    expect(view.customer.orders.map((o) => o.name)).not.toContain('#1007');
    for (const o of view.customer.orders) expect([o.email, o.customerEmail]).toContain(m.from_address);
    const html = await (await agent.get(`/threads/${m.thread_id}`)).text();
    expect(html).not.toContain('data-order="#1007"');
  });

  it('folds quoted history into a <details>', async () => {
    const m = await messageOf('19-en-quoted-followup.eml');
    expect(m.quoted_text).toBeTruthy();
    const html = await (await agent.get(`/threads/${m.thread_id}`)).text();
    expect(html).toContain('<summary>Quoted history and signature</summary>');
  });

  it('answers 404 for an unknown thread', async () => {
    expect((await agent.get('/threads/nope')).status).toBe(404);
    expect((await agent.get('/api/threads/nope')).status).toBe(404);
  });
});

describe('draft actions', () => {
  it('edit records a draft_edits row by the signed-in person', async () => {
    const draft = await draftOf('09-en-product-question-size.eml');
    const res = await agent.postJson(`/api/drafts/${draft.id}/edit`, { body: `${draft.body}\n\nP.S. It runs true to size.` });
    expect(res.status).toBe(200);
    const edits = await d.deps.db.selectFrom('draft_edits').selectAll().where('draft_id', '=', draft.id).execute();
    expect(edits).toHaveLength(1);
    expect(edits[0]!.edited_by).toBe(d.agent.id);
    expect(edits[0]!.body).toContain('P.S. It runs true to size.');
    const after = await draftOf('09-en-product-question-size.eml');
    expect(after.edited).toBe(1);
    expect(after.original_body).toBe(draft.body);
  });

  it('approve & send from the form writes the outbox row and the threaded .eml, with the last edit', async () => {
    const file = '01-en-order-status-tracking.eml';
    const draft = await draftOf(file);
    const before = outboxFiles(d.deps).length;
    const body = `${draft.body}\n\n(Checked by Adam.)`;
    const res = await agent.postForm(`/drafts/${draft.id}/approve`, { body });
    expect(res.status).toBe(303);
    const m = await messageOf(file);
    expect(res.headers.get('location')).toBe(`/threads/${m.thread_id}?done=sent#m-${m.id}`);
    expect(['sent', 'logged']).toContain(m.state);
    const ob = await d.deps.db.selectFrom('outbox').selectAll().where('message_id', '=', m.id).executeTakeFirstOrThrow();
    expect(ob.status).toBe('sent');
    expect(ob.body).toBe(body);
    expect(ob.in_reply_to).toBe(m.rfc_message_id);
    expect(outboxFiles(d.deps).length).toBe(before + 1);
    const eml = await simpleParser(readFileSync(join(d.deps.dataDir, 'outbox', `${m.id}.eml`)));
    expect(eml.inReplyTo).toBe(m.rfc_message_id);
    expect(eml.text).toContain('(Checked by Adam.)');
    expect(eml.to && 'text' in eml.to ? eml.to.text : '').toContain(m.from_address!);
    const approved = await draftOf(file);
    expect(approved.approved_by).toBe(d.agent.id);
    // The thread now shows our reply, and a second approval is refused.
    const html = await (await agent.get(`/threads/${m.thread_id}?done=sent`)).text();
    expect(html).toContain('Reply approved and sent.');
    expect(html).toContain('(Checked by Adam.)');
    const again = await agent.postJson(`/api/drafts/${draft.id}/approve`);
    expect(again.status).toBe(409);
  });

  it('approve through the API calls the kick it was given', async () => {
    const kicked: string[] = [];
    const { createWebApp } = await import('../../src/web/app.tsx');
    const app = createWebApp(d.deps, { kick: async (id) => void kicked.push(id) });
    const s = await login(app, AGENT);
    const draft = await draftOf('10-en-product-question-restock.eml');
    const res = await s.postJson(`/api/drafts/${draft.id}/approve`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, state: 'approved', messageId: d.ids['10-en-product-question-restock.eml'] });
    expect(kicked).toEqual([d.ids['10-en-product-question-restock.eml']]);
  });

  it('reject closes without a reply; escalate moves it to the escalated tab', async () => {
    const r = await draftOf('11-en-discount-code.eml');
    expect((await agent.postForm(`/drafts/${r.id}/reject`, { note: 'duplicate' })).status).toBe(303);
    expect((await messageOf('11-en-discount-code.eml')).state).toBe('ignored');
    const e = d.ids['21-en-other-wholesale.eml']!;
    expect((await agent.postJson(`/api/messages/${e}/escalate`, { note: 'B2B: sales team' })).status).toBe(200);
    const m = await messageOf('21-en-other-wholesale.eml');
    expect(m.state).toBe('escalated');
    expect(m.reason).toContain('B2B: sales team');
    const esc = await queue(agent, 'tab=escalated');
    expect(esc.items.map((i) => i.messageId)).toContain(e);
  });

  it('an escalated message without a draft can be answered by composing a reply', async () => {
    const file = '17-en-prompt-injection.eml';
    const m0 = await messageOf(file);
    const res = await agent.postForm(`/messages/${m0.id}/compose`, { subject: 'Re: your message', body: 'Hello, a person from our team will look into this.' });
    expect(res.status).toBe(303);
    const ob = await d.deps.db.selectFrom('outbox').selectAll().where('message_id', '=', m0.id).executeTakeFirstOrThrow();
    expect(ob.body).toBe('Hello, a person from our team will look into this.');
  });

  it('assigns a thread to a user, and refuses an unknown one', async () => {
    const m = await messageOf('12-en-billing-double-charge.eml');
    expect((await agent.postJson(`/api/threads/${m.thread_id}/assign`, { assignee: d.owner.id })).status).toBe(200);
    const t = await d.deps.db.selectFrom('threads').select('assigned_to').where('id', '=', m.thread_id!).executeTakeFirstOrThrow();
    expect(t.assigned_to).toBe(d.owner.id);
    expect((await agent.postJson(`/api/threads/${m.thread_id}/assign`, { assignee: 'ghost' })).status).toBe(400);
  });

  it('answers a malformed JSON body with 400', async () => {
    const draft = await draftOf('22-en-return-old-order.eml');
    const res = await agent.postJson(`/api/drafts/${draft.id}/edit`, { body: 42 });
    expect(res.status).toBe(400);
  });
});

describe('proposed actions', () => {
  it('approving a proposed cancel executes it on the shop and logs who did it', async () => {
    const draft = await draftOf('04-en-cancel-order.eml');
    expect(JSON.parse(draft.proposed_action!)).toMatchObject({ kind: 'cancel_order', orderName: '#1031' });
    expect((await d.shop.orderByName('#1031'))!.cancelledAt).toBeNull();
    const res = await owner.postForm(`/drafts/${draft.id}/action/approve`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('done=action_done');
    expect((await (d.shop as FixtureShop).orderByName('#1031'))!.cancelledAt).not.toBeNull();
    const after = await draftOf('04-en-cancel-order.eml');
    expect(after.action_status).toBe('done');
    const ev = await d.deps.db.selectFrom('events').selectAll().where('message_id', '=', draft.message_id).where('type', '=', 'action_executed').executeTakeFirstOrThrow();
    expect(ev.actor).toBe(d.owner.id);
    // Twice is refused: the mutation never runs again.
    expect((await owner.postJson(`/api/drafts/${draft.id}/action/approve`)).status).toBe(409);
  });

  it("shows Shopify's userErrors when the store refuses", async () => {
    const draft = await draftOf('72-ar-cancel-html-only.eml');
    expect(draft.action_status).toBe('proposed');
    const action = JSON.parse(draft.proposed_action!) as { kind: 'cancel_order'; orderId: string; orderName: string; reason: string; refund: boolean; restock: boolean };
    // Someone cancelled the order in the Shopify admin meanwhile.
    expect((await d.shop.execute(action)).ok).toBe(true);
    const res = await owner.postJson(`/api/drafts/${draft.id}/action/approve`);
    const out = (await res.json()) as { ok: boolean; result: { userErrors: { message: string }[] } };
    expect(out.ok).toBe(false);
    expect(out.result.userErrors[0]!.message).toMatch(/already been cancelled/i);
    expect((await draftOf('72-ar-cancel-html-only.eml')).action_status).toBe('failed');
    const html = await (await owner.get(`/threads/${draft.thread_id}`)).text();
    expect(html).toContain('Shopify refused:');
    expect(html).toContain('already been cancelled');
    expect(html).toContain('data-action-status="failed"');
  });

  it('refusing leaves the order untouched', async () => {
    const draft = await draftOf('31-es-cancel-order.eml');
    const name = (JSON.parse(draft.proposed_action!) as { orderName: string }).orderName;
    expect((await agent.postJson(`/api/drafts/${draft.id}/action/refuse`)).status).toBe(200);
    expect((await draftOf('31-es-cancel-order.eml')).action_status).toBe('refused');
    expect((await d.shop.orderByName(name))!.cancelledAt).toBeNull();
  });
});

describe('mailbox modes', () => {
  it('an agent cannot read or change them', async () => {
    expect((await agent.get('/settings/mailboxes')).status).toBe(403);
    expect((await agent.get('/api/mailboxes')).status).toBe(403);
    expect((await agent.postJson('/api/mailboxes', { id: 'demo', mode: 'auto', autoIntents: ['order_status'], autoConfidence: 0.5 })).status).toBe(403);
    expect((await agent.postForm('/settings/mailboxes/demo', { mode: 'auto', autoConfidence: '0.5' })).status).toBe(403);
    expect((await agent.get('/insights')).status).toBe(403);
    const row = await d.deps.db.selectFrom('mailboxes').selectAll().where('id', '=', 'demo').executeTakeFirstOrThrow();
    expect(row.mode).toBe('draft');
  });

  it('an owner saves mode, allow-list and threshold on the mailbox row', async () => {
    const res = await owner.postForm('/settings/mailboxes/demo', { mode: 'auto', autoIntents: ['order_status', 'product_question'], autoConfidence: '0.9' });
    expect(res.status).toBe(303);
    const row = await d.deps.db.selectFrom('mailboxes').selectAll().where('id', '=', 'demo').executeTakeFirstOrThrow();
    expect(row.mode).toBe('auto');
    expect(JSON.parse(row.auto_intents)).toEqual(['order_status', 'product_question']);
    expect(row.auto_confidence).toBe(0.9);
    const html = await (await owner.get('/settings/mailboxes')).text();
    expect(html).toMatch(/value="product_question" checked/);
    const bad = await owner.postJson('/api/mailboxes', { id: 'demo', mode: 'auto', autoIntents: ['rm -rf'], autoConfidence: 0.5 });
    expect(bad.status).toBe(400);
    const api = await owner.postJson('/api/mailboxes/demo', { mode: 'draft', autoIntents: [], autoConfidence: 0.85 });
    expect(await api.json()).toMatchObject({ ok: true, mailbox: { mode: 'draft', autoIntents: [], autoConfidence: 0.85 } });
  });

  it('an owner can add an agent, who can then sign in', async () => {
    const res = await owner.postForm('/settings/users', { name: 'Nina New', email: 'nina@demo-store.example', role: 'agent', password: 'nina-password-1' });
    expect(res.status).toBe(303);
    const s = await login(d.app, { email: 'nina@demo-store.example', password: 'nina-password-1' });
    expect(((await (await s.get('/api/me')).json()) as { user: { role: string } }).user.role).toBe('agent');
    expect((await owner.postForm('/settings/users', { name: 'x', email: 'nina@demo-store.example', role: 'agent', password: 'another-pass-1' })).status).toBe(409);
  });
});
