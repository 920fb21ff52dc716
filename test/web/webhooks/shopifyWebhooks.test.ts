import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltinCrm } from '../../../src/crm/builtinCrm.ts';
import type { CustomerExport } from '../../../src/privacy/exportCustomer.ts';
import { EmlOutbox } from '../../../src/send/emlOutbox.ts';
import { webhookRoutes } from '../../../src/web/webhooks/routes.ts';
import { seedConversation, testDeps } from './harness.ts';

const SECRET = 'shpss_0123456789abcdef';
const SHOP = 'demo-store.myshopify.com';

/** A delivery as Shopify sends it, triggered `ageMs` before the real time now (the route checks it against the real receive time). */
function delivery(topic: string, payload: unknown, webhookId: string, secret = SECRET, ageMs = 2000) {
  const body = JSON.stringify(payload);
  return {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Topic': topic,
      'X-Shopify-Hmac-Sha256': createHmac('sha256', secret).update(body, 'utf8').digest('base64'),
      'X-Shopify-Shop-Domain': SHOP,
      'X-Shopify-Webhook-Id': webhookId,
      'X-Shopify-API-Version': '2025-10',
      'X-Shopify-Triggered-At': new Date(Date.now() - ageMs).toISOString(),
    },
    body,
  };
}

// Payloads shaped as in Shopify's webhook reference (REST-style JSON bodies).
const fulfillmentCreate = {
  id: 4451722887321,
  order_id: 5610254680217,
  status: 'success',
  created_at: '2026-11-20T09:59:00-05:00',
  service: 'manual',
  updated_at: '2026-11-20T09:59:00-05:00',
  tracking_company: 'UPS',
  shipment_status: null,
  location_id: 66855371033,
  email: 'Ana@Example.com',
  destination: { first_name: 'Ana', address1: '1 Main St', city: 'Ottawa', zip: 'K2P 1L4', country: 'Canada' },
  line_items: [{ id: 13570284699801, title: 'Wool Scarf', quantity: 1 }],
  tracking_number: '1Z2345',
  tracking_numbers: ['1Z2345'],
  tracking_url: 'https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1Z2345',
  tracking_urls: ['https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1Z2345'],
  receipt: {},
  name: '#1001.1',
  admin_graphql_api_id: 'gid://shopify/Fulfillment/4451722887321',
};
const customer = (email: string) => ({ id: 191167, email, phone: '555-625-1199' });

async function setup() {
  const deps = await testDeps({ SHOPIFY_API_SECRET: SECRET, SHOPIFY_SHOP: SHOP, SHOPIFY_ADMIN_TOKEN: 'shpat_x' });
  return { deps, app: webhookRoutes(deps) };
}

describe('Shopify webhooks', () => {
  it('notes a fulfillment on the customer\'s open thread when the HMAC is valid', async () => {
    const { deps, app } = await setup();
    const conv = await seedConversation(deps, 'ana@example.com', '1001');
    const res = await app.request('/shopify', delivery('fulfillments/create', fulfillmentCreate, 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'applied' });
    const ev = await deps.db.selectFrom('events').selectAll().where('type', '=', 'shop_order_update').executeTakeFirstOrThrow();
    expect(ev.thread_id).toBe(conv.threadId);
    expect(JSON.parse(ev.data)).toMatchObject({ topic: 'fulfillments/create', orderName: '#1001', trackingCompany: 'UPS', trackingNumber: '1Z2345' });
  });

  it('refuses a bad HMAC with 401 and changes nothing', async () => {
    const { deps, app } = await setup();
    await seedConversation(deps, 'ana@example.com', '1001');
    const forged = await app.request('/shopify', delivery('customers/redact', { shop_id: 1, shop_domain: SHOP, customer: customer('ana@example.com'), orders_to_redact: [] }, 'w-1', 'wrong-secret'));
    expect(forged.status).toBe(401);
    const tampered = delivery('fulfillments/create', fulfillmentCreate, 'w-2');
    const res = await app.request('/shopify', { ...tampered, body: tampered.body.replace('1Z2345', '1Z9999') });
    expect(res.status).toBe(401);
    expect(await deps.db.selectFrom('messages').select('id').execute()).toHaveLength(1);
    expect(await deps.db.selectFrom('events').select('id').where('type', '=', 'shop_order_update').execute()).toHaveLength(0);
  });

  it('applies a replayed webhook id once', async () => {
    const { deps, app } = await setup();
    await seedConversation(deps, 'ana@example.com', '1001');
    const d = delivery('fulfillments/update', { ...fulfillmentCreate, shipment_status: 'delivered' }, 'same-id');
    expect(await (await app.request('/shopify', d)).json()).toEqual({ status: 'applied' });
    const again = await app.request('/shopify', d);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });
    expect(await deps.db.selectFrom('events').select('id').where('type', '=', 'shop_order_update').execute()).toHaveLength(1);
  });

  it('customers/data_request stores an export of the customer\'s messages, drafts, replies and CRM record', async () => {
    const { deps, app } = await setup();
    await seedConversation(deps, 'ana@example.com', '1001');
    await seedConversation(deps, 'bob@example.com', '2002');
    await new BuiltinCrm(deps.db, deps.now).upsertCustomer('ana@example.com', 'Ana', null);
    const res = await app.request('/shopify', delivery('customers/data_request', { shop_id: 954889, shop_domain: SHOP, orders_requested: [299938], customer: customer('ana@example.com'), data_request: { id: 9999 } }, 'dr-1'));
    expect(res.status).toBe(200);
    const row = await deps.db.selectFrom('privacy_exports').selectAll().executeTakeFirstOrThrow();
    expect(row.request_id).toBe('9999');
    const data = JSON.parse(row.data) as CustomerExport;
    expect(data.messages).toHaveLength(1);
    expect(data.messages[0]).toMatchObject({ from_address: 'ana@example.com', new_text: expect.stringContaining('order 1001') });
    expect(Buffer.from(String(data.messages[0]!.raw), 'base64').toString()).toContain('Message-ID: <1001@mail.example.com>');
    expect(data.drafts).toHaveLength(1);
    expect(data.draftEdits).toHaveLength(1);
    expect(data.outbox).toHaveLength(1);
    expect(data.customer).toMatchObject({ email: 'ana@example.com', name: 'Ana' });
    expect(JSON.stringify(data)).not.toContain('bob@example.com');
  });

  it('customers/redact erases the customer\'s messages, replies, threads, profile and events, leaving an audit entry without personal data', async () => {
    const { deps, app } = await setup();
    const ana = await seedConversation(deps, 'ana@example.com', '1001');
    const bob = await seedConversation(deps, 'bob@example.com', '2002');
    await new BuiltinCrm(deps.db, deps.now).upsertCustomer('ana@example.com', 'Ana Lima', null);
    const outbox = deps.sender as EmlOutbox;
    const eml = outbox.pathFor(ana.messageId);
    mkdirSync(dirname(eml), { recursive: true });
    writeFileSync(eml, 'To: ana@example.com\r\n\r\nYour order 1001 shipped.');

    const res = await app.request('/shopify', delivery('customers/redact', { shop_id: 954889, shop_domain: SHOP, customer: customer('ana@example.com'), orders_to_redact: [299938, 280263] }, 'red-1'));
    expect(res.status).toBe(200);

    const db = deps.db;
    expect(await db.selectFrom('messages').select('id').execute()).toEqual([{ id: bob.messageId }]);
    expect(await db.selectFrom('threads').select('id').execute()).toEqual([{ id: bob.threadId }]);
    expect(await db.selectFrom('drafts').select('thread_id').execute()).toEqual([{ thread_id: bob.threadId }]);
    expect(await db.selectFrom('outbox').select('thread_id').execute()).toEqual([{ thread_id: bob.threadId }]);
    expect(await db.selectFrom('customers').select('email').execute()).toEqual([]);
    expect(existsSync(eml)).toBe(false);

    const events = await db.selectFrom('events').selectAll().execute();
    expect(events.filter((e) => e.thread_id === ana.threadId || e.customer_email === 'ana@example.com')).toEqual([]);
    const audit = events.filter((e) => e.type === 'privacy_erased');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ scope: 'customer', counts: { messages: 1, threads: 1, drafts: 1, draftEdits: 1, outbox: 1, customers: 1 } });
    // Nothing left anywhere in the database names Ana or her order.
    const everything = JSON.stringify(await Promise.all(['messages', 'threads', 'drafts', 'draft_edits', 'outbox', 'events', 'customers'].map((t) => db.selectFrom(t as 'events').selectAll().execute())));
    expect(everything).not.toMatch(/ana@example\.com|Ana Lima|1001/i);
  });

  it('shop/redact erases every conversation and leaves only the audit entry', async () => {
    const { deps, app } = await setup();
    await seedConversation(deps, 'ana@example.com', '1001');
    await seedConversation(deps, 'bob@example.com', '2002');
    const res = await app.request('/shopify', delivery('shop/redact', { shop_id: 954889, shop_domain: SHOP }, 'shop-red-1'));
    expect(await res.json()).toEqual({ status: 'applied' });
    expect(await deps.db.selectFrom('messages').select('id').execute()).toEqual([]);
    expect(await deps.db.selectFrom('threads').select('id').execute()).toEqual([]);
    const events = await deps.db.selectFrom('events').select(['type', 'customer_email']).execute();
    expect(events).toEqual([{ type: 'privacy_erased', customer_email: null }]);
  });

  it('ignores a shop/redact for another shop', async () => {
    const { deps, app } = await setup();
    await seedConversation(deps, 'ana@example.com', '1001');
    const d = delivery('shop/redact', { shop_id: 1, shop_domain: 'other.myshopify.com' }, 'x-1');
    const res = await app.request('/shopify', { ...d, headers: { ...d.headers, 'X-Shopify-Shop-Domain': 'other.myshopify.com' } });
    expect(await res.json()).toMatchObject({ status: 'ignored' });
    expect(await deps.db.selectFrom('messages').select('id').execute()).toHaveLength(1);
  });
});
