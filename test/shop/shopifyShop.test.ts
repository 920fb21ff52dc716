import { readFileSync } from 'node:fs';
import { ApiVersion } from '@shopify/shopify-api';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isTransient } from '../../src/pipeline/errors.ts';
import { doctorShopify } from '../../src/shop/doctorShopify.ts';
import { createShopifyGraphql, currentStableApiVersion, ShopifyApiError, type ShopifyClientOptions } from '../../src/shop/shopifyClient.ts';
import { orderEmailSearch, productSearch, searchValue, ShopifyShop } from '../../src/shop/shopifyShop.ts';
import { requestLog, useMswServer, type CapturedRequest } from '../helpers/msw.ts';

const SHOP = 'demo-store.myshopify.com';
const TOKEN = 'shpat_test_0123456789abcdef';
const ENDPOINT = `https://${SHOP}/admin/api/:version/graphql.json`;

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures-shopify/${name}`, import.meta.url), 'utf8'));

interface GqlBody {
  query: string;
  variables?: Record<string, unknown>;
}
const body = (r: CapturedRequest) => r.json<GqlBody>();
const operationName = (r: CapturedRequest) => /\b(?:query|mutation)\s+(\w+)/.exec(body(r).query)?.[1];

const server = useMswServer();

/** Replies to each Admin GraphQL request with the next responder's Response, recording the requests. */
function shopifyReplies(...responders: (() => Response)[]) {
  const seen = requestLog();
  server.use(
    http.post(ENDPOINT, async ({ request }) => {
      const n = seen.all.length;
      await seen.record(request);
      const responder = responders[Math.min(n, responders.length - 1)];
      if (!responder) throw new Error('no responder');
      return responder();
    }),
  );
  return seen;
}
const json = (name: string, init?: ResponseInit) => () => HttpResponse.json(fixture(name) as Record<string, unknown>, init);

function makeShop(extra: Partial<ShopifyClientOptions> = {}) {
  const waits: number[] = [];
  const gql = createShopifyGraphql({
    shop: SHOP,
    accessToken: TOKEN,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  return { shop: new ShopifyShop(gql), gql, waits };
}

describe('ShopifyShop lookups', () => {
  it('orderByName sends the versioned request with the token and takes only the exact name', async () => {
    const seen = shopifyReplies(json('order-by-name.json'));
    const { shop } = makeShop();

    const order = await shop.orderByName('#1001');

    const req = seen.last;
    expect(req.url.href).toBe(`https://${SHOP}/admin/api/${currentStableApiVersion()}/graphql.json`);
    expect(req.headers.get('x-shopify-access-token')).toBe(TOKEN);
    expect(operationName(req)).toBe('OrderByName');
    expect(body(req).variables).toEqual({ query: 'name:"#1001"' });
    // The fuzzy hit "#10011" comes first in the reply and is skipped.
    expect(order?.name).toBe('#1001');
    expect(order?.id).toBe('gid://shopify/Order/5931164745798');
    expect(order?.customerEmail).toBe('sara@example.com');
    expect(order?.total).toEqual({ amount: '89.90', currencyCode: 'EUR' });
    expect(order?.fulfillments[0]?.displayStatus).toBe('IN_TRANSIT');
    expect(order?.fulfillments[0]?.trackingInfo[0]?.number).toBe('3SABCD1234567');
    expect(order?.lineItems).toHaveLength(2);
    expect(order?.adminUrl).toBe(`https://${SHOP}/admin/orders/5931164745798`);
  });

  it('orderByName returns null when Shopify finds nothing', async () => {
    shopifyReplies(json('orders-empty.json'));
    const { shop } = makeShop();
    expect(await shop.orderByName('#4040')).toBeNull();
  });

  it('uses an explicit API version in the URL when one is given', async () => {
    const seen = shopifyReplies(json('orders-empty.json'));
    const { shop } = makeShop({ apiVersion: ApiVersion.January25 });
    await shop.orderByName('#1001');
    expect(seen.last.url.pathname).toBe('/admin/api/2025-01/graphql.json');
  });

  it('recentOrdersByEmail sorts newest first and keeps only orders of that exact address', async () => {
    const seen = shopifyReplies(json('recent-orders.json'));
    const { shop } = makeShop();

    const orders = await shop.recentOrdersByEmail('Sara@Example.com', 3);

    expect(operationName(seen.last)).toBe('RecentOrdersByEmail');
    expect(body(seen.last).query).toMatch(/sortKey: CREATED_AT, reverse: true/);
    expect(body(seen.last).variables).toEqual({ query: 'email:"Sara@Example.com"', first: 3 });
    // "#1005" belongs to sara@example.com.evil.test, which a tokenised search can return.
    expect(orders.map((o) => o.name)).toEqual(['#1010', '#1001']);
    expect(orders[0]?.refunds[0]).toEqual({ createdAt: '2026-11-21T08:00:00Z', total: { amount: '15.00', currencyCode: 'EUR' }, note: 'Tote out of stock' });
  });

  it('escapes quotes and backslashes of an attacker-chosen email inside the search string', async () => {
    const seen = shopifyReplies(json('orders-empty.json'));
    const { shop } = makeShop();
    const evil = 'x@y.z" OR email:* \\';

    await shop.recentOrdersByEmail(evil);

    const sent = body(seen.last);
    expect(sent.variables?.query).toBe('email:"x@y.z\\" OR email:* \\\\"');
    // The address travels only as a variable, never inside the document.
    expect(sent.query).not.toContain('x@y.z');
  });

  it('customerByEmail looks the customer up by identifier and maps the counts', async () => {
    const seen = shopifyReplies(json('customer.json'));
    const { shop } = makeShop();

    const customer = await shop.customerByEmail('sara@example.com');

    expect(operationName(seen.last)).toBe('CustomerByEmail');
    expect(body(seen.last).variables).toEqual({ email: 'sara@example.com' });
    expect(customer).toMatchObject({ id: 'gid://shopify/Customer/7410284167238', firstName: 'Sara', numberOfOrders: 2, locale: 'fa', tags: ['vip'] });
  });

  it('customerByEmail returns null for an unknown address', async () => {
    shopifyReplies(json('customer-none.json'));
    const { shop } = makeShop();
    expect(await shop.customerByEmail('nobody@example.com')).toBeNull();
  });

  it('searchProducts quotes each term, asks for active products and maps variants', async () => {
    const seen = shopifyReplies(json('products.json'));
    const { shop } = makeShop();

    const products = await shop.searchProducts('linen shirt?', 3);

    expect(operationName(seen.last)).toBe('SearchProducts');
    expect(body(seen.last).variables).toEqual({ query: '"linen" "shirt" status:active', first: 3 });
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({ title: 'Linen Shirt', priceCurrency: 'EUR', totalInventory: 7 });
    expect(products[0]?.variants.map((v) => [v.title, v.availableForSale, v.inventoryQuantity])).toEqual([
      ['M / Sand', true, 7],
      ['L / Sand', false, 0],
    ]);
  });

  it('searchProducts sends nothing when the text has no searchable word', async () => {
    const seen = shopifyReplies(json('products.json'));
    const { shop } = makeShop();
    expect(await shop.searchProducts('?!* ()')).toEqual([]);
    expect(seen.all).toHaveLength(0);
  });
});

describe('search syntax helpers', () => {
  it('turn search operators in customer text into quoted words', () => {
    expect(productSearch('shirt OR tag:secret "x')).toBe('"shirt" "OR" "tag" "secret" "x" status:active');
    expect(searchValue('a\nb')).toBe('"a b"');
    expect(orderEmailSearch('a\\"b@c.d')).toBe('email:"a\\\\\\"b@c.d"');
  });
});

describe('Shopify errors and rate limits', () => {
  it('waits for the cost bucket after THROTTLED, then retries and succeeds', async () => {
    const seen = shopifyReplies(json('throttled.json'), json('order-by-name.json'));
    const logs: string[] = [];
    const { shop, waits } = makeShop({ log: (level, message) => logs.push(`${level} ${message}`) });

    const order = await shop.orderByName('#1001');

    expect(order?.name).toBe('#1001');
    expect(seen.all).toHaveLength(2);
    // (requestedQueryCost 752 − currentlyAvailable 152) / restoreRate 100 = 6 s
    expect(waits).toEqual([6000]);
    expect(body(seen.all[1]!)).toEqual(body(seen.all[0]!));
    expect(logs).toEqual(['warn Shopify THROTTLED; waiting 6000 ms before retry 1/3']);
  });

  it('gives up after the bounded number of THROTTLED retries with a transient error', async () => {
    const seen = shopifyReplies(json('throttled.json'));
    const { shop, waits } = makeShop({ maxThrottleRetries: 2 });

    const err = await shop.orderByName('#1001').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ShopifyApiError);
    expect(err).toMatchObject({ transient: true, code: 'THROTTLED' });
    expect(seen.all).toHaveLength(3);
    expect(waits).toEqual([6000, 6000]);
  });

  it('401: a clear, permanent error that does not contain the token', async () => {
    shopifyReplies(json('unauthorized.json', { status: 401 }));
    const { shop } = makeShop();

    const err = await shop.orderByName('#1001').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ShopifyApiError);
    const e = err as ShopifyApiError;
    expect(e.message).toMatch(/^Shopify rejected the Admin API token \(401\)/);
    expect(e.message).not.toContain(TOKEN);
    expect(e.status).toBe(401);
    expect(isTransient(e)).toBe(false);
  });

  it('500: a transient error', async () => {
    const seen = shopifyReplies(() => HttpResponse.json({ errors: 'Internal Server Error' }, { status: 500 }));
    const { shop } = makeShop();

    const err = await shop.customerByEmail('sara@example.com').catch((e: unknown) => e);

    expect(err).toMatchObject({ transient: true, status: 500 });
    expect(isTransient(err)).toBe(true);
    expect(seen.all).toHaveLength(1);
  });

  it('a malformed JSON body is reported as a transient malformed reply', async () => {
    shopifyReplies(() => new HttpResponse('{"data": {"orders": {"nodes": [', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const { shop } = makeShop();

    const err = await shop.orderByName('#1001').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ShopifyApiError);
    expect((err as ShopifyApiError).message).toMatch(/malformed reply/);
    expect(isTransient(err)).toBe(true);
  });

  it('ACCESS_DENIED names the missing scope and is permanent', async () => {
    shopifyReplies(json('access-denied.json'));
    const { shop } = makeShop();

    const err = await shop.orderByName('#1001').catch((e: unknown) => e);

    expect(err).toMatchObject({ transient: false, code: 'ACCESS_DENIED' });
    expect((err as Error).message).toContain('read_orders');
  });
});

describe('ShopifyShop.execute', () => {
  it('orderCancel: sends the approved options and hands back Shopify userErrors', async () => {
    const seen = shopifyReplies(json('order-cancel-user-errors.json'));
    const { shop } = makeShop();

    const result = await shop.execute({ kind: 'cancel_order', orderId: 'gid://shopify/Order/5931164745798', orderName: '#1001', reason: 'CUSTOMER', refund: true, restock: false });

    expect(operationName(seen.last)).toBe('OrderCancel');
    expect(body(seen.last).variables).toMatchObject({ orderId: 'gid://shopify/Order/5931164745798', reason: 'CUSTOMER', refund: true, restock: false, notifyCustomer: true });
    expect(result).toEqual({ ok: false, userErrors: [{ field: ['orderId'], message: 'Cannot cancel an order that has fulfilled line items.' }], detail: null });
  });

  it('orderCancel: an unknown reason becomes OTHER and a started job is ok', async () => {
    const seen = shopifyReplies(json('order-cancel-ok.json'));
    const { shop } = makeShop();

    const result = await shop.execute({ kind: 'cancel_order', orderId: 'gid://shopify/Order/1', orderName: '#1001', reason: 'changed my mind', refund: true, restock: true });

    expect(body(seen.last).variables?.reason).toBe('OTHER');
    expect(result.ok).toBe(true);
    expect(result.detail).toContain('gid://shopify/Job/');
  });

  it('refund: refunds a partial amount against the suggested parent transaction', async () => {
    const seen = shopifyReplies(json('suggested-refund.json'), json('refund-create-ok.json'));
    const { shop } = makeShop();

    const result = await shop.execute({ kind: 'refund_order', orderId: 'gid://shopify/Order/5931164745798', orderName: '#1001', amount: { amount: '20.00', currencyCode: 'EUR' }, note: 'Late delivery' });

    expect(seen.all.map(operationName)).toEqual(['SuggestedRefund', 'RefundCreate']);
    expect(body(seen.all[1]!).variables).toEqual({
      input: {
        orderId: 'gid://shopify/Order/5931164745798',
        note: 'Late delivery',
        notify: true,
        transactions: [{ orderId: 'gid://shopify/Order/5931164745798', parentId: 'gid://shopify/OrderTransaction/7019872469062', gateway: 'shopify_payments', kind: 'REFUND', amount: '20' }],
      },
    });
    expect(result.ok).toBe(true);
    expect(result.detail).toBe('Refunded 20.0 EUR on #1001.');
  });

  it('refund: more than is refundable is refused before any mutation is sent', async () => {
    const seen = shopifyReplies(json('suggested-refund.json'), json('refund-create-ok.json'));
    const { shop } = makeShop();

    const result = await shop.execute({ kind: 'refund_order', orderId: 'gid://shopify/Order/5931164745798', orderName: '#1001', amount: { amount: '120.00', currencyCode: 'EUR' }, note: null });

    expect(seen.all.map(operationName)).toEqual(['SuggestedRefund']);
    expect(result.ok).toBe(false);
    expect(result.userErrors[0]?.message).toMatch(/more than the 89\.9 EUR/);
  });

  it('a 5xx on a mutation is permanent: the outcome is unknown and must not be retried blindly', async () => {
    shopifyReplies(json('suggested-refund.json'), () => HttpResponse.json({ errors: 'Internal Server Error' }, { status: 502 }));
    const { shop } = makeShop();

    const err = await shop.execute({ kind: 'refund_order', orderId: 'gid://shopify/Order/5931164745798', orderName: '#1001', amount: null, note: null }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ShopifyApiError);
    expect(isTransient(err)).toBe(false);
    expect((err as Error).message).toMatch(/outcome is unknown/);
  });

  it('change_address: free text is not written to Shopify; staff are asked to edit it', async () => {
    const seen = shopifyReplies(json('order-update-ok.json'));
    const { shop } = makeShop();

    const result = await shop.execute({ kind: 'change_address', orderId: 'gid://shopify/Order/5931164745798', orderName: '#1001', newAddress: 'Prinsengracht 263, 1016 GV Amsterdam' });

    expect(seen.all).toHaveLength(0);
    expect(result.ok).toBe(false);
    expect(result.userErrors[0]).toMatchObject({ field: ['shippingAddress'] });
    expect(result.detail).toBe(`https://${SHOP}/admin/orders/5931164745798`);
  });

  it('change_address: a structured address goes to orderUpdate', async () => {
    const seen = shopifyReplies(json('order-update-ok.json'));
    const { shop } = makeShop();
    const address = { firstName: 'Sara', lastName: 'Ahmadi', address1: 'Prinsengracht 263', city: 'Amsterdam', zip: '1016 GV', countryCode: 'NL' };

    const result = await shop.execute({ kind: 'change_address', orderId: 'gid://shopify/Order/5931164745798', orderName: '#1001', newAddress: JSON.stringify(address) });

    expect(operationName(seen.last)).toBe('OrderUpdateShippingAddress');
    expect(body(seen.last).variables).toEqual({ input: { id: 'gid://shopify/Order/5931164745798', shippingAddress: address } });
    expect(result).toEqual({ ok: true, userErrors: [], detail: 'Shipping address of #1001 updated.' });
  });
});

describe('doctorShopify', () => {
  it('reports granted scopes (write implies read), optional ones missing, and the served version', async () => {
    const seen = shopifyReplies(() => HttpResponse.json(fixture('shop-doctor.json') as Record<string, unknown>, { headers: { 'X-Shopify-API-Version': '2026-07' } }));
    const { gql } = makeShop({ apiVersion: ApiVersion.October26 });

    const report = await doctorShopify(gql);

    expect(operationName(seen.last)).toBe('ShopDoctor');
    expect(report.ok).toBe(true);
    expect(report.shopName).toBe('Demo Store');
    expect(report.missingScopes).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(/No read_inventory/);
    expect(report.warnings.join('\n')).toMatch(/No read_all_orders: only orders from the last 60 days/);
    expect(report.warnings.join('\n')).toMatch(/Asked for API version 2026-10, Shopify served 2026-07/);
  });

  it('fails with the 401 message when the token is rejected', async () => {
    shopifyReplies(json('unauthorized.json', { status: 401 }));
    const { gql } = makeShop();

    const report = await doctorShopify(gql);

    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/rejected the Admin API token \(401\)/);
  });
});

describe('currentStableApiVersion', () => {
  it('is the newest released dated version of the SDK enum', () => {
    expect(currentStableApiVersion(new Date('2026-11-24T00:00:00Z'))).toBe('2026-10');
    expect(currentStableApiVersion(new Date('2025-02-15T00:00:00Z'))).toBe('2025-01');
  });
});
