// In-process stand-ins for the external services, for the benchmark only: each implements its
// port and waits a fixed time, so the figure measures our code plus that wait, without the
// overhead of HTTP interception. (Tests use msw at the HTTP boundary instead.)
import { OfflineClassifier } from '../src/llm/offlineClassifier.ts';
import type { Classifier } from '../src/llm/port.ts';
import type { Sender } from '../src/send/port.ts';
import { FixtureShop } from '../src/shop/fixtureShop.ts';
import type { Shop } from '../src/shop/port.ts';

export interface Latency {
  modelMs: number;
  shopifyMs: number;
  sendgridMs: number;
}

export const ZERO: Latency = { modelMs: 0, shopifyMs: 0, sendgridMs: 0 };
export const REALISTIC: Latency = { modelMs: 800, shopifyMs: 150, sendgridMs: 100 };

const wait = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

/** Milliseconds spent waiting on the fake services, so the overhead can be computed as wall time minus this. */
export const waited = { ms: 0 };

function timed<T>(ms: number, run: () => Promise<T>): Promise<T> {
  waited.ms += ms;
  return wait(ms).then(run);
}

/** The model: the offline rules' answer (our code) after the model's latency. */
export function fakeModel(l: Latency): Classifier {
  const rules = new OfflineClassifier();
  return { kind: 'openai', classify: (email, ctx) => timed(l.modelMs, () => rules.classify(email, ctx)) };
}

/** Shopify: the demo store's data after Shopify's latency per query. */
export async function fakeShopify(l: Latency): Promise<Shop> {
  const s = await FixtureShop.load('fixtures/store');
  return {
    kind: 'shopify',
    orderByName: (n) => timed(l.shopifyMs, () => s.orderByName(n)),
    recentOrdersByEmail: (e, lim) => timed(l.shopifyMs, () => s.recentOrdersByEmail(e, lim)),
    customerByEmail: (e) => timed(l.shopifyMs, () => s.customerByEmail(e)),
    searchProducts: (q, lim) => timed(l.shopifyMs, () => s.searchProducts(q, lim)),
    execute: (a) => s.execute(a),
  };
}

/** SendGrid: accepts every reply after its latency. */
export function fakeSendGrid(l: Latency): Sender {
  let n = 0;
  return { kind: 'sendgrid', send: () => timed(l.sendgridMs, async () => ({ provider: 'sendgrid' as const, providerId: `bench-${++n}` })) };
}
