import type { Classification } from '../domain/classification.ts';
import type { ResolvedFacts } from '../domain/facts.ts';
import { ORDER_INTENTS } from '../domain/intents.ts';
import type { Order } from '../domain/shop.ts';
import type { Shop } from '../shop/port.ts';

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/** The identity rule: an order's facts go only to the address that placed it. */
export function ownsOrder(order: Order, senderAddress: string): boolean {
  const sender = norm(senderAddress);
  return sender !== '' && (norm(order.email) === sender || norm(order.customerEmail) === sender);
}

/**
 * Looks up the facts a reply may use, one lookup per fact set. Orders the sender does not own
 * are left out entirely and flip identity to `mismatch`: the draft then reveals nothing.
 */
export async function resolveFacts(shop: Shop, c: Classification, senderAddress: string): Promise<ResolvedFacts> {
  const lookups: string[] = [];
  const customer = await shop.customerByEmail(senderAddress);
  lookups.push('customerByEmail');

  let identity: ResolvedFacts['identity'] = 'not_needed';
  let orders: Order[] = [];
  if (ORDER_INTENTS.has(c.intent)) {
    if (c.orderNumbers.length > 0) {
      const found = await Promise.all(c.orderNumbers.map((n) => shop.orderByName(n)));
      lookups.push(...c.orderNumbers.map((n) => `orderByName ${n}`));
      orders = found.filter((o): o is Order => o !== null && ownsOrder(o, senderAddress));
      identity = orders.length === c.orderNumbers.length ? 'verified' : 'mismatch';
    } else {
      orders = (await shop.recentOrdersByEmail(senderAddress, 3)).filter((o) => ownsOrder(o, senderAddress));
      lookups.push('recentOrdersByEmail');
      identity = orders.length > 0 ? 'verified' : 'no_order';
    }
  }

  let products: ResolvedFacts['products'] = [];
  if (c.intent === 'product_question') {
    const query = c.entities.productQuery?.trim();
    if (query) {
      products = await shop.searchProducts(query, 3);
      lookups.push(`searchProducts "${query}"`);
    }
  }
  return { identity, orders, requestedOrderNames: c.orderNumbers, customer, products, lookups };
}
