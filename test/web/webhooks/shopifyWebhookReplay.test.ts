import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RECEIPT_MARGIN_MS } from '../../../src/web/webhooks/replayGuard.ts';
import { ingestHeaders } from '../../../src/web/webhooks/ingestSignature.ts';
import { ingestApiRoutes, webhookRoutes } from '../../../src/web/webhooks/routes.ts';
import { NOW, seedConversation, testDeps } from './harness.ts';

// Attacks on the parts of a Shopify delivery its HMAC does not cover (topic, webhook id, shop and
// trigger time headers). The receive clock is injected, and every X-Shopify-Triggered-At is built
// from that same clock, relative to its now, so these pass on any date.

const SECRET = 'shpss_0123456789abcdef';
const SHOP = 'demo-store.myshopify.com';

function signedDelivery(o: { topic: string; body: string; webhookId: string; triggeredAt: Date | null; shop?: string | null }) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Shopify-Topic': o.topic,
    'X-Shopify-Hmac-Sha256': createHmac('sha256', SECRET).update(o.body, 'utf8').digest('base64'),
    'X-Shopify-Webhook-Id': o.webhookId,
    'X-Shopify-API-Version': '2025-10',
  };
  if (o.shop !== null) headers['X-Shopify-Shop-Domain'] = o.shop ?? SHOP;
  if (o.triggeredAt) headers['X-Shopify-Triggered-At'] = o.triggeredAt.toISOString();
  return { method: 'POST', headers, body: o.body };
}

const customer = { id: 191167, email: 'ana@example.com', phone: '555-625-1199' };
// Bodies exactly as in Shopify's privacy webhook reference.
const dataRequestBody = JSON.stringify({ shop_id: 954889, shop_domain: SHOP, orders_requested: [299938, 280263], customer, data_request: { id: 9999 } });
const customerRedactBody = JSON.stringify({ shop_id: 954889, shop_domain: SHOP, customer, orders_to_redact: [299938] });
const fulfillmentBody = JSON.stringify({ id: 4451722887321, order_id: 5610254680217, status: 'success', email: 'ana@example.com', name: '#1001.1', tracking_number: '1Z2345', admin_graphql_api_id: 'gid://shopify/Fulfillment/4451722887321' });

async function setup(env: Record<string, string> = {}) {
  const deps = await testDeps({ SHOPIFY_API_SECRET: SECRET, SHOPIFY_SHOP: SHOP, SHOPIFY_ADMIN_TOKEN: 'shpat_x', ...env });
  const received = new Date(); // the real receive time, fixed for the test
  const app = webhookRoutes(deps, { clock: () => received });
  const ana = await seedConversation(deps, 'ana@example.com', '1001');
  const messages = async () => (await deps.db.selectFrom('messages').select('id').execute()).length;
  const ago = (ms: number) => new Date(received.getTime() - ms);
  return { deps, app, ana, messages, ago, received };
}

describe('Shopify webhooks: what the HMAC does not cover', () => {
  it('a captured customers/data_request body replayed as customers/redact (new webhook id) is refused and erases nothing', async () => {
    const { deps, app, messages, ago } = await setup();
    const original = await app.request('/shopify', signedDelivery({ topic: 'customers/data_request', body: dataRequestBody, webhookId: 'dr-1', triggeredAt: ago(1000) }));
    expect(original.status).toBe(200);
    const replay = await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: dataRequestBody, webhookId: 'forged-2', triggeredAt: ago(1000) }));
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'the body is not a customers/redact payload' });
    expect(await messages()).toBe(1);
    expect(await deps.db.selectFrom('events').select('id').where('type', '=', 'privacy_erased').execute()).toHaveLength(0);
  });

  it('a customers/redact body is not a shop/redact, nor an order update; a fulfillment is not an order', async () => {
    const { app, messages, ago } = await setup();
    for (const [topic, body] of [
      ['shop/redact', customerRedactBody],
      ['shop/redact', dataRequestBody],
      ['customers/data_request', customerRedactBody],
      ['orders/updated', customerRedactBody],
      ['orders/updated', fulfillmentBody],
      ['fulfillments/create', JSON.stringify({ id: 5610254680217, name: '#1001', email: 'ana@example.com', admin_graphql_api_id: 'gid://shopify/Order/5610254680217' })],
    ] as const) {
      const res = await app.request('/shopify', signedDelivery({ topic, body, webhookId: `w-${topic}-${body.length}`, triggeredAt: ago(1000) }));
      expect(res.status, `${topic} ← ${body.slice(0, 40)}`).toBe(400);
    }
    expect(await messages()).toBe(1);
  });

  it('refuses a delivery triggered outside the window (a capture replayed later under a new id), and takes one inside it', async () => {
    const { deps, app, messages, ago } = await setup();
    const stale = await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: customerRedactBody, webhookId: 'late-1', triggeredAt: ago(6 * 60_000) }));
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: expect.stringMatching(/^stale/) });
    const future = await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: customerRedactBody, webhookId: 'late-2', triggeredAt: ago(-6 * 60_000) }));
    expect(future.status).toBe(401);
    expect(await messages()).toBe(1);
    // Refused deliveries leave no receipt: a genuine retry is not taken for a duplicate.
    expect(await deps.db.selectFrom('webhook_receipts').select('receipt_id').where('source', '=', 'shopify').execute()).toEqual([]);
    const fresh = await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: customerRedactBody, webhookId: 'late-3', triggeredAt: ago(4 * 60_000) }));
    expect(await fresh.json()).toEqual({ status: 'applied' });
    expect(await messages()).toBe(0);
  });

  it('the window is configurable (WEBHOOK_WINDOW_SECONDS)', async () => {
    const { app, ago } = await setup({ WEBHOOK_WINDOW_SECONDS: '900' });
    const res = await app.request('/shopify', signedDelivery({ topic: 'fulfillments/create', body: fulfillmentBody, webhookId: 'f-1', triggeredAt: ago(10 * 60_000) }));
    expect(await res.json()).toEqual({ status: 'applied' });
  });

  it('refuses a delivery without X-Shopify-Triggered-At or X-Shopify-Shop-Domain, or with a body naming another shop', async () => {
    const { app, messages, ago } = await setup();
    expect((await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: customerRedactBody, webhookId: 'h-1', triggeredAt: null }))).status).toBe(400);
    expect((await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: customerRedactBody, webhookId: 'h-2', triggeredAt: ago(1000), shop: null }))).status).toBe(400);
    const otherShopBody = customerRedactBody.replace(SHOP, 'other.myshopify.com');
    expect((await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: otherShopBody, webhookId: 'h-3', triggeredAt: ago(1000) }))).status).toBe(400);
    const otherShopHeader = await app.request('/shopify', signedDelivery({ topic: 'customers/redact', body: customerRedactBody, webhookId: 'h-4', triggeredAt: ago(1000), shop: 'other.myshopify.com' }));
    expect(await otherShopHeader.json()).toMatchObject({ status: 'ignored', detail: 'another shop' });
    expect(await messages()).toBe(1);
  });

  it('prunes receipts older than the window plus the margin, keeping recent ones', async () => {
    const { deps, app, ago } = await setup();
    const windowMs = deps.config.WEBHOOK_WINDOW_SECONDS * 1000;
    // Receipts are stamped with the desk's clock (deps.now), so they are aged against it.
    const at = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
    await deps.db
      .insertInto('webhook_receipts')
      .values([
        { source: 'shopify', receipt_id: 'old', received_at: at(windowMs + RECEIPT_MARGIN_MS + 60_000) },
        { source: 'sendgrid_event', receipt_id: 'old-sg', received_at: at(windowMs + RECEIPT_MARGIN_MS + 60_000) },
        { source: 'shopify', receipt_id: 'recent', received_at: at(windowMs + RECEIPT_MARGIN_MS - 60_000) },
      ])
      .execute();
    await app.request('/shopify', signedDelivery({ topic: 'fulfillments/create', body: fulfillmentBody, webhookId: 'new', triggeredAt: ago(1000) }));
    const left = (await deps.db.selectFrom('webhook_receipts').select('receipt_id').orderBy('receipt_id').execute()).map((r) => r.receipt_id);
    expect(left).toEqual(['new', 'recent']);
  });

  it('the same checks apply to a delivery the edge worker forwards', async () => {
    const { deps, messages, ago, received } = await setup({ INGEST_SIGNING_SECRET: 'ingest-secret-1' });
    const ingest = ingestApiRoutes(deps, { clock: () => received });
    const forward = async (envelope: object) => {
      const body = Buffer.from(JSON.stringify(envelope));
      return ingest.request('/webhook', { method: 'POST', headers: await ingestHeaders('ingest-secret-1', body, received), body: new Uint8Array(body) });
    };
    const swapped = await forward({ source: 'shopify', topic: 'customers/redact', webhookId: 'e-1', shopDomain: SHOP, triggeredAt: ago(1000).toISOString(), body: dataRequestBody });
    expect(swapped.status).toBe(400);
    const stale = await forward({ source: 'shopify', topic: 'customers/redact', webhookId: 'e-2', shopDomain: SHOP, triggeredAt: ago(6 * 60_000).toISOString(), body: customerRedactBody });
    expect(stale.status).toBe(401);
    const untimed = await forward({ source: 'shopify', topic: 'customers/redact', webhookId: 'e-3', shopDomain: SHOP, body: customerRedactBody });
    expect(untimed.status).toBe(400);
    expect(await messages()).toBe(1);
  });
});
