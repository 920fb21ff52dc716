import type { Customer, Order } from '../domain/shop.ts';
import type { Shop } from '../shop/port.ts';
import type { Db } from '../store/db.ts';
import type { CustomerRow } from '../store/schema.ts';
import { BuiltinCrm } from './builtinCrm.ts';

/** How many recent orders are read to find the first and last order dates. */
export const PROFILE_ORDER_WINDOW = 50;

/** What the shop knows about a customer, for their CRM profile. */
export interface ShopProfile {
  customer: Customer | null;
  orders: Order[];
}

/**
 * Reads a customer's profile from the shop, by their own address only: the customer record (or
 * the one the caller just looked up: the record step has it in its facts) and their recent orders.
 */
export async function fetchShopProfile(shop: Shop, email: string, known?: { customer: Customer | null }): Promise<ShopProfile> {
  const [customer, orders] = await Promise.all([known ? known.customer : shop.customerByEmail(email), shop.recentOrdersByEmail(email, PROFILE_ORDER_WINDOW)]);
  return { customer, orders };
}

/**
 * Writes a profile to the built-in CRM row (see BuiltinCrm.saveProfile). The name is the shop's,
 * else the one on their latest order, else `fallbackName`. `db` may be a transaction (the record
 * step writes it with the message's move to `logged`).
 */
export async function storeShopProfile(db: Db, now: () => Date, email: string, profile: ShopProfile, fallbackName: string | null = null): Promise<void> {
  await new BuiltinCrm(db, now).saveProfile(email, profile.orders[0]?.customerName ?? fallbackName, profile.customer, profile.orders);
}

/**
 * Refreshes a customer's CRM profile from the shop (the desk's "Refresh from Shopify"). Returns
 * the stored row, or null when neither deskhand nor the shop knows them.
 */
export async function syncCustomerProfile(deps: { db: Db; shop: Shop; now: () => Date }, rawEmail: string, known?: { customer: Customer | null }): Promise<CustomerRow | null> {
  const email = rawEmail.trim().toLowerCase();
  const profile = await fetchShopProfile(deps.shop, email, known);
  if (profile.customer || profile.orders.length) await storeShopProfile(deps.db, deps.now, email, profile);
  return (await deps.db.selectFrom('customers').selectAll().where('email', '=', email).executeTakeFirst()) ?? null;
}
