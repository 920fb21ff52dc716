import type { Customer } from '../domain/shop.ts';
import type { Shop } from '../shop/port.ts';
import type { Db } from '../store/db.ts';
import type { CustomerRow } from '../store/schema.ts';
import { BuiltinCrm } from './builtinCrm.ts';

/** How many recent orders are read to find the first and last order dates. */
export const PROFILE_ORDER_WINDOW = 50;

/**
 * Refreshes a customer's CRM profile from the shop: orders count, total spent, Shopify tags (via
 * the customer record) and the first and last order dates (from their orders). Looked up by the
 * customer's own address only. Returns the stored row, or null when neither deskhand nor the
 * shop knows them.
 */
export async function syncCustomerProfile(
  deps: { db: Db; shop: Shop; now: () => Date },
  rawEmail: string,
  /** The shop's customer record when the caller just looked it up (the record step has it in its facts). */
  known?: { customer: Customer | null },
): Promise<CustomerRow | null> {
  const email = rawEmail.trim().toLowerCase();
  const [customer, orders] = await Promise.all([known ? known.customer : deps.shop.customerByEmail(email), deps.shop.recentOrdersByEmail(email, PROFILE_ORDER_WINDOW)]);
  if (customer || orders.length) {
    await new BuiltinCrm(deps.db, deps.now).upsertCustomer(email, orders[0]?.customerName ?? null, customer);
    const dates = orders.map((o) => o.processedAt ?? o.createdAt).sort();
    if (dates.length) {
      // With more orders than the window the oldest one seen is not the first: keep an earlier stored date.
      const stored = await deps.db.selectFrom('customers').select('first_order_at').where('email', '=', email).executeTakeFirst();
      const first = stored?.first_order_at && stored.first_order_at < dates[0]! ? stored.first_order_at : dates[0]!;
      await deps.db
        .updateTable('customers')
        .set({
          first_order_at: first,
          last_order_at: dates.at(-1)!,
          // Without a customer record (guest checkouts) the orders are all we know.
          ...(customer ? {} : { orders_count: orders.length, synced_at: deps.now().toISOString() }),
        })
        .where('email', '=', email)
        .execute();
    }
  }
  return (await deps.db.selectFrom('customers').selectAll().where('email', '=', email).executeTakeFirst()) ?? null;
}
