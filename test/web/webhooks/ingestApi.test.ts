import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestHeaders } from '../../../src/web/webhooks/ingestSignature.ts';
import { ingestApiRoutes } from '../../../src/web/webhooks/routes.ts';
import { NOW, rawEmail, seedConversation, testDeps } from './harness.ts';

const SECRET = 'ingest-secret-3b9d';

// The edge worker signs with its real clock, checked against the real receive time: the test
// injects that time and signs relative to it.
const RECEIVED = new Date();

async function setup() {
  const deps = await testDeps({ INGEST_SIGNING_SECRET: SECRET });
  return { deps, app: ingestApiRoutes(deps, { clock: () => RECEIVED }) };
}

describe('ingest API (signed requests from the edge worker)', () => {
  it('stores a signed raw email, and a re-delivery (new signature) only once', async () => {
    const { deps, app } = await setup();
    const raw = await rawEmail({ from: 'ana@example.com', subject: 'Order #1001', text: 'Where is it?', messageId: '<edge-1@mail.example.com>' });
    const post = async (at: Date) => app.request('/email', { method: 'POST', headers: { 'Content-Type': 'message/rfc822', ...(await ingestHeaders(SECRET, raw, at)) }, body: new Uint8Array(raw) });
    const first = await post(RECEIVED);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'stored', state: 'received' });
    const second = await post(new Date(RECEIVED.getTime() + 2000));
    expect(await second.json()).toMatchObject({ status: 'duplicate' });
    const rows = await deps.db.selectFrom('messages').select(['mailbox_id', 'source', 'raw']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mailbox_id: 'edge', source: 'edge' });
    expect(Buffer.from(rows[0]!.raw!).equals(raw)).toBe(true);
  });

  it('signs `${timestamp}.${nonce}.` + body with HMAC-SHA256 (hex), as node:crypto computes it, with a fresh nonce each time', async () => {
    const body = Buffer.from('hello');
    const h = await ingestHeaders(SECRET, body, NOW);
    const ts = String(NOW.getTime() / 1000);
    expect(h['X-Deskhand-Timestamp']).toBe(ts);
    const nonce = h['X-Deskhand-Nonce']!;
    expect(h['X-Deskhand-Signature']).toBe(createHmac('sha256', SECRET).update(`${ts}.${nonce}.hello`).digest('hex'));
    expect((await ingestHeaders(SECRET, body, NOW))['X-Deskhand-Nonce']).not.toBe(nonce);
  });

  it('refuses a bad signature, a tampered body and a stale timestamp with 401', async () => {
    const { deps, app } = await setup();
    const raw = await rawEmail({ from: 'ana@example.com', subject: 'x', text: 'y', messageId: '<edge-2@mail.example.com>' });
    const wrongKey = await app.request('/email', { method: 'POST', headers: await ingestHeaders('other-secret', raw, RECEIVED), body: new Uint8Array(raw) });
    expect(wrongKey.status).toBe(401);
    const tampered = await app.request('/email', { method: 'POST', headers: await ingestHeaders(SECRET, raw, RECEIVED), body: new Uint8Array(Buffer.concat([raw, Buffer.from("x")])) });
    expect(tampered.status).toBe(401);
    const stale = await app.request('/email', { method: 'POST', headers: await ingestHeaders(SECRET, raw, new Date(RECEIVED.getTime() - 6 * 60_000)), body: new Uint8Array(raw) });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toEqual({ error: 'stale' });
    const h = await ingestHeaders(SECRET, raw, RECEIVED);
    const swappedNonce = await app.request('/email', { method: 'POST', headers: { ...h, 'X-Deskhand-Nonce': crypto.randomUUID() }, body: new Uint8Array(raw) });
    expect(swappedNonce.status).toBe(401);
    const unsigned = await app.request('/email', { method: 'POST', body: new Uint8Array(raw) });
    expect(unsigned.status).toBe(401);
    expect(await deps.db.selectFrom('messages').select('id').execute()).toEqual([]);
  });

  it('refuses a replayed request (same nonce and signature) with 409', async () => {
    const { app } = await setup();
    const body = Buffer.from(JSON.stringify({ source: 'sendgrid', body: '[]' }));
    const headers = { 'Content-Type': 'application/json', ...(await ingestHeaders(SECRET, body, RECEIVED)) };
    expect((await app.request('/webhook', { method: "POST", headers, body: new Uint8Array(body) })).status).toBe(200);
    const replay = await app.request('/webhook', { method: "POST", headers, body: new Uint8Array(body) });
    expect(replay.status).toBe(409);
  });

  it('applies a Shopify webhook the edge verified and forwarded', async () => {
    const { deps, app } = await setup();
    const conv = await seedConversation(deps, 'ana@example.com', '1001');
    const order = { id: 5610254680217, name: '#1001', email: 'ana@example.com', financial_status: 'paid', fulfillment_status: 'fulfilled', cancelled_at: null };
    const body = Buffer.from(JSON.stringify({ source: 'shopify', topic: 'orders/fulfilled', webhookId: 'wh-77', shopDomain: 'demo-store.myshopify.com', triggeredAt: new Date(Date.now() - 2000).toISOString(), body: JSON.stringify(order) }));
    const res = await app.request('/webhook', { method: 'POST', headers: await ingestHeaders(SECRET, body, RECEIVED), body: new Uint8Array(body) });
    expect(await res.json()).toEqual({ status: 'applied' });
    const ev = await deps.db.selectFrom('events').selectAll().where('type', '=', 'shop_order_update').executeTakeFirstOrThrow();
    expect(ev.thread_id).toBe(conv.threadId);
    expect(JSON.parse(ev.data)).toMatchObject({ orderName: '#1001', fulfillmentStatus: 'fulfilled' });
  });
});
