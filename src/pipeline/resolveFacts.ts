import { type FindCustomerResult, findCustomer } from '../../functions/findCustomer.ts';
import { type LookupOrderByNameResult, lookupOrderByName } from '../../functions/lookupOrderByName.ts';
import { type RecentOrdersResult, recentOrders } from '../../functions/recentOrders.ts';
import { type SearchProductsResult, searchProducts } from '../../functions/searchProducts.ts';
import { ToolArgumentsError, callTool } from '../../functions/tool.ts';
import type { Classification } from '../domain/classification.ts';
import type { ResolvedFacts } from '../domain/facts.ts';
import { ORDER_INTENTS } from '../domain/intents.ts';
import type { Order } from '../domain/shop.ts';
import type { Shop } from '../shop/port.ts';
import { mapWithConcurrency } from './mapWithConcurrency.ts';

/**
 * Order numbers looked up per message. An email can name thousands ("3,000 order-number-like
 * strings" is one paste away); the rest are listed for the reviewer, not looked up.
 */
export const MAX_ORDER_LOOKUPS = 5;
/** Store lookups in flight at once for one message, well inside Shopify's cost-based rate limit. */
export const ORDER_LOOKUP_CONCURRENCY = 2;

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/** The identity rule: an order's facts go only to the address that placed it. */
export function ownsOrder(order: Order, senderAddress: string): boolean {
  const sender = norm(senderAddress);
  return sender !== '' && (norm(order.email) === sender || norm(order.customerEmail) === sender);
}

/**
 * Looks up the facts a reply may use through the functions in functions/, one lookup per fact
 * set. Orders the sender does not own are left out entirely and flip identity to `mismatch`:
 * the draft then reveals nothing, not even whether the order exists.
 */
export async function resolveFacts(shop: Shop, c: Classification, senderAddress: string): Promise<ResolvedFacts> {
  const lookups: string[] = [];
  const sender = norm(senderAddress);
  // A sender address that is not a valid email finds no customer; shop errors still propagate.
  const { customer } = (await callTool(findCustomer, shop, { email: sender }).catch((err: unknown) => {
    if (err instanceof ToolArgumentsError) return { customer: null };
    throw err;
  })) as FindCustomerResult;
  lookups.push(findCustomer.name);

  let identity: ResolvedFacts['identity'] = 'not_needed';
  let orders: Order[] = [];
  const requested = c.orderNumbers.slice(0, MAX_ORDER_LOOKUPS);
  const notLookedUp = c.orderNumbers.slice(MAX_ORDER_LOOKUPS);
  if (ORDER_INTENTS.has(c.intent)) {
    if (requested.length > 0) {
      const found = await mapWithConcurrency(
        requested,
        ORDER_LOOKUP_CONCURRENCY,
        async (orderName) => ((await callTool(lookupOrderByName, shop, { orderName })) as LookupOrderByNameResult).order,
      );
      lookups.push(...requested.map((n) => `${lookupOrderByName.name} ${n}`));
      orders = found.filter((o): o is Order => o !== null && ownsOrder(o, sender));
      identity = orders.length === requested.length ? 'verified' : 'mismatch';
    } else if (sender.includes('@')) {
      const r = (await callTool(recentOrders, shop, { email: sender, limit: 3 })) as RecentOrdersResult;
      orders = r.orders.filter((o) => ownsOrder(o, sender));
      lookups.push(recentOrders.name);
      identity = orders.length > 0 ? 'verified' : 'no_order';
    } else {
      identity = 'no_order';
    }
  }

  let products: ResolvedFacts['products'] = [];
  const query = c.entities.productQuery?.trim();
  if (c.intent === 'product_question' && query) {
    products = ((await callTool(searchProducts, shop, { query: query.slice(0, 200), limit: 3 })) as SearchProductsResult).products;
    lookups.push(`${searchProducts.name} "${query}"`);
  }
  return { identity, orders, requestedOrderNames: requested, notLookedUpOrderNames: notLookedUp, customer, products, lookups };
}
