import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/domain/classification.ts';
import { MAX_ORDER_LOOKUPS, ORDER_LOOKUP_CONCURRENCY, resolveFacts } from '../../src/pipeline/resolveFacts.ts';
import { createShopifyGraphql } from '../../src/shop/shopifyClient.ts';
import { ShopifyShop } from '../../src/shop/shopifyShop.ts';
import { captureRequest, useMswServer } from '../helpers/msw.ts';

const SHOP = 'demo-store.myshopify.com';
const ENDPOINT = `https://${SHOP}/admin/api/:version/graphql.json`;
const SENDER = 'jane@example.com';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures-shopify/${name}`, import.meta.url), 'utf8')) as Record<string, any>;

const server = useMswServer();

/** Yields to the event loop a few times, so concurrent requests really overlap at the HTTP boundary. */
const yieldTurns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

/**
 * The Admin GraphQL endpoint: an order for each name asked (owned by SENDER), no customer. Counts
 * order lookups and the most that were in flight at once.
 */
function countingShopify() {
  const stats = { orderLookups: 0, inFlight: 0, maxInFlight: 0, names: [] as string[] };
  server.use(
    http.post(ENDPOINT, async ({ request }) => {
      const body = (await captureRequest(request)).json<{ query: string; variables: { query?: string } }>();
      if (/customerByIdentifier/.test(body.query)) return HttpResponse.json(fixture('customer-none.json'));
      stats.orderLookups++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        await yieldTurns(5);
        const name = /name:"([^"]+)"/.exec(body.variables.query ?? '')?.[1] ?? '';
        stats.names.push(name);
        const reply = fixture('order-by-name.json');
        reply.data.orders.nodes = reply.data.orders.nodes.slice(0, 1).map((o: Record<string, unknown>) => ({ ...o, name, email: SENDER }));
        return HttpResponse.json(reply);
      } finally {
        stats.inFlight--;
      }
    }),
  );
  return stats;
}

function classification(orderNumbers: string[]): Classification {
  return {
    intent: 'order_status',
    action: 'reply',
    orderNumbers,
    language: 'en',
    entities: { trackingNumbers: [], productQuery: null, newAddress: null, discountCode: null },
    confidence: 0.9,
    reasons: [],
    escalation: null,
  };
}

describe('resolveFacts fan-out', () => {
  it('looks up at most MAX_ORDER_LOOKUPS of 3,000 order numbers, never more than the concurrency bound at once, and lists the rest', async () => {
    const stats = countingShopify();
    const shop = new ShopifyShop(createShopifyGraphql({ shop: SHOP, accessToken: 'shpat_test', sleep: async () => {} }));
    const names = Array.from({ length: 3000 }, (_, i) => `#${10000 + i}`);

    const facts = await resolveFacts(shop, classification(names), SENDER);

    expect(MAX_ORDER_LOOKUPS).toBe(5);
    expect(stats.orderLookups).toBe(MAX_ORDER_LOOKUPS);
    expect(stats.names).toEqual(expect.arrayContaining(names.slice(0, MAX_ORDER_LOOKUPS)));
    // Overlap really happens (so the bound is what holds it), and never past the bound.
    expect(stats.maxInFlight).toBe(ORDER_LOOKUP_CONCURRENCY);
    expect(ORDER_LOOKUP_CONCURRENCY).toBeLessThanOrEqual(3);
    expect(facts.requestedOrderNames).toEqual(names.slice(0, 5));
    expect(facts.notLookedUpOrderNames).toHaveLength(2995);
    expect(facts.notLookedUpOrderNames[0]).toBe('#10005');
    expect(facts.orders.map((o) => o.name)).toEqual(names.slice(0, 5));
    expect(facts.identity).toBe('verified');
    expect(facts.lookups.filter((l) => l.startsWith('lookup_order_by_name'))).toHaveLength(5);
  });

  it('a few order numbers are all looked up, none listed as skipped', async () => {
    const stats = countingShopify();
    const shop = new ShopifyShop(createShopifyGraphql({ shop: SHOP, accessToken: 'shpat_test', sleep: async () => {} }));
    const facts = await resolveFacts(shop, classification(['#1001', '#1002']), SENDER);
    expect(stats.orderLookups).toBe(2);
    expect(facts.notLookedUpOrderNames).toEqual([]);
    expect(facts.orders.map((o) => o.name)).toEqual(['#1001', '#1002']);
  });
});
