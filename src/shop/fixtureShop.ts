import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Customer, Order, Product } from '../domain/shop.ts';
import type { ActionResult, MailingAddress, Money, ProposedAction } from '../domain/shop.ts';
import type { Shop } from './port.ts';

/** fixtures/store in this package, independent of the working directory. */
export const DEFAULT_FIXTURE_STORE_DIR = fileURLToPath(new URL('../../fixtures/store/', import.meta.url));

export interface FixtureShopOptions {
  /**
   * Only orders created within this many days are visible, like Shopify without the
   * read_all_orders scope (60). null: every order (the demo default).
   */
  recentWindowDays?: number | null;
  /** Reference time for the window and for timestamps written by execute(). */
  now?: () => Date;
}

export interface FixtureData {
  orders: Order[];
  customers: Customer[];
  products: Product[];
}

const DAY_MS = 86_400_000;

type UserError = ActionResult['userErrors'][number];
const failed = (...userErrors: UserError[]): ActionResult => ({ ok: false, userErrors, detail: null });
const orderIdError = (message: string): UserError => ({ field: ['orderId'], message });

/**
 * The demo store: orders, customers and products from JSON, held in memory. Writes (execute)
 * change the in-memory copy only, so the demo can show an approved cancellation take effect.
 */
export class FixtureShop implements Shop {
  readonly kind = 'fixtures' as const;
  private readonly orders: Order[];
  private readonly customers: Customer[];
  private readonly products: Product[];
  private readonly windowDays: number | null;
  private readonly now: () => Date;

  constructor(data: FixtureData, options: FixtureShopOptions = {}) {
    // Own copies: execute() mutates orders, and callers' arrays must not change under them.
    this.orders = structuredClone(data.orders);
    this.customers = structuredClone(data.customers);
    this.products = structuredClone(data.products);
    this.windowDays = options.recentWindowDays ?? null;
    this.now = options.now ?? (() => new Date());
  }

  /** Reads and validates orders.json, customers.json and products.json from `dir`. */
  static async load(dir: string = DEFAULT_FIXTURE_STORE_DIR, options: FixtureShopOptions = {}): Promise<FixtureShop> {
    const read = async <T>(file: string, schema: z.ZodType<T>): Promise<T> => {
      const path = join(dir, file);
      const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    };
    const [orders, customers, products] = await Promise.all([
      read('orders.json', z.array(Order)),
      read('customers.json', z.array(Customer)),
      read('products.json', z.array(Product)),
    ]);
    return new FixtureShop({ orders, customers, products }, options);
  }

  async orderByName(name: string): Promise<Order | null> {
    const wanted = name.trim().toLowerCase();
    const hit = this.visibleOrders().find((o) => o.name.toLowerCase() === wanted);
    return hit ? structuredClone(hit) : null;
  }

  async recentOrdersByEmail(email: string, limit = 10): Promise<Order[]> {
    const wanted = email.trim().toLowerCase();
    if (!wanted) return [];
    return this.visibleOrders()
      .filter((o) => o.email?.toLowerCase() === wanted || o.customerEmail?.toLowerCase() === wanted)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .slice(0, Math.max(0, limit))
      .map((o) => structuredClone(o));
  }

  async customerByEmail(email: string): Promise<Customer | null> {
    const wanted = email.trim().toLowerCase();
    const hit = this.customers.find((c) => c.email?.toLowerCase() === wanted);
    return hit ? structuredClone(hit) : null;
  }

  async searchProducts(query: string, limit = 5): Promise<Product[]> {
    return rankProducts(this.products, query)
      .slice(0, Math.max(0, limit))
      .map((p) => structuredClone(p));
  }

  async execute(action: ProposedAction): Promise<ActionResult> {
    const order = this.orders.find((o) => o.id === action.orderId);
    if (!order) return failed(orderIdError('Order does not exist'));
    switch (action.kind) {
      case 'cancel_order':
        return this.cancel(order, action.refund);
      case 'refund_order':
        return this.refund(order, action.amount, action.note);
      case 'change_address':
        return this.changeAddress(order, action.newAddress);
    }
  }

  private visibleOrders(): Order[] {
    if (this.windowDays === null) return this.orders;
    const since = this.now().getTime() - this.windowDays * DAY_MS;
    return this.orders.filter((o) => Date.parse(o.createdAt) >= since);
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private cancel(order: Order, refund: boolean): ActionResult {
    if (order.cancelledAt) return failed(orderIdError('Order has already been cancelled'));
    if (hasShipped(order)) return failed(orderIdError('Cannot cancel an order with fulfilled items. Cancel the fulfillments first.'));
    order.cancelledAt = this.stamp();
    order.closed = true;
    let detail = `Cancelled ${order.name}`;
    if (order.financialStatus === 'AUTHORIZED' || order.financialStatus === 'PENDING') {
      // Nothing was captured: the authorization is voided, no money moves.
      order.financialStatus = 'VOIDED';
      detail += '; payment voided';
    } else if (refund && refundableCents(order) > 0) {
      const amount = refundableCents(order);
      order.refunds.push({ createdAt: this.stamp(), total: toMoney(amount, order.total.currencyCode), note: 'Order cancelled' });
      order.financialStatus = 'REFUNDED';
      detail += `; refunded ${toMoney(amount, order.total.currencyCode).amount} ${order.total.currencyCode}`;
    }
    return { ok: true, userErrors: [], detail };
  }

  private refund(order: Order, amount: Money | null, note: string | null): ActionResult {
    if (!['PAID', 'PARTIALLY_REFUNDED'].includes(order.financialStatus)) {
      return failed(orderIdError(`Order has no captured payment to refund (financial status ${order.financialStatus})`));
    }
    const available = refundableCents(order);
    const currency = order.total.currencyCode;
    if (amount && amount.currencyCode !== currency) {
      return failed({ field: ['amount', 'currencyCode'], message: `Refund currency ${amount.currencyCode} does not match the order currency ${currency}` });
    }
    const wanted = amount ? toCents(amount.amount) : available;
    if (!Number.isFinite(wanted) || wanted <= 0) return failed({ field: ['amount'], message: 'Refund amount must be greater than 0' });
    if (wanted > available) {
      return failed({ field: ['amount'], message: `Refund amount ${toMoney(wanted, currency).amount} exceeds the refundable amount ${toMoney(available, currency).amount}` });
    }
    order.refunds.push({ createdAt: this.stamp(), total: toMoney(wanted, currency), note });
    order.financialStatus = wanted === available ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    return { ok: true, userErrors: [], detail: `Refunded ${toMoney(wanted, currency).amount} ${currency} on ${order.name}` };
  }

  private changeAddress(order: Order, text: string): ActionResult {
    if (order.cancelledAt) return failed(orderIdError('Cannot change the shipping address of a cancelled order'));
    if (hasShipped(order)) return failed(orderIdError('Cannot change the shipping address: items have already been fulfilled'));
    const address = addressFromText(text, order.shippingAddress?.name ?? order.customerName);
    if (!address) return failed({ field: ['shippingAddress'], message: 'Shipping address is empty' });
    order.shippingAddress = address;
    return { ok: true, userErrors: [], detail: `Shipping address of ${order.name} changed` };
  }
}

/** Any item handed to a carrier (or delivered) blocks cancellation and address changes. */
function hasShipped(order: Order): boolean {
  return ['FULFILLED', 'PARTIALLY_FULFILLED'].includes(order.fulfillmentStatus) || order.fulfillments.some((f) => f.status === 'SUCCESS');
}

function toCents(amount: string): number {
  return Math.round(Number(amount) * 100);
}
function toMoney(cents: number, currencyCode: string): Money {
  return { amount: (cents / 100).toFixed(2), currencyCode };
}
function refundableCents(order: Order): number {
  return toCents(order.total.amount) - order.refunds.reduce((s, r) => s + toCents(r.total.amount), 0);
}

/**
 * The demo keeps the address as the customer wrote it: first line as address1, the rest as
 * address2. It does not guess which part is the city or postcode (a person approved the text).
 */
function addressFromText(text: string, name: string | null): MailingAddress | null {
  const parts = text
    .split(/\r?\n|,/)
    .map((p) => p.trim())
    .filter(Boolean);
  const [first, ...rest] = parts;
  if (!first) return null;
  return { name, address1: first, address2: rest.length ? rest.join(', ') : null, city: null, province: null, zip: null, country: null };
}

// ---------------------------------------------------------------------------------------------
// Product search: token match, weighted by where the token hits.
// ---------------------------------------------------------------------------------------------

const STOPWORDS = new Set(['a', 'an', 'and', 'are', 'do', 'for', 'have', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to', 'with', 'you', 'your', 'size']);
const WEIGHTS = { title: 5, productType: 3, tags: 3, variants: 2, handle: 1 } as const;

/** Lower-cased, accents and Arabic-script diacritics removed, split into letter/digit runs. */
export function searchTokens(s: string): string[] {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A query token matches a field token when equal, or as a prefix of 3+ letters ("shirt" ~ "shirts"). */
function tokenMatches(q: string, field: string[]): boolean {
  return field.some((t) => t === q || (q.length >= 3 && t.length >= 3 && (t.startsWith(q) || q.startsWith(t))));
}

export function rankProducts(products: Product[], query: string): Product[] {
  const tokens = [...new Set(searchTokens(query))].filter((t) => !STOPWORDS.has(t));
  if (tokens.length === 0) return [];
  const scored = products.map((p) => {
    const fields = {
      title: searchTokens(p.title),
      productType: searchTokens(p.productType),
      tags: p.tags.flatMap(searchTokens),
      variants: p.variants.flatMap((x) => searchTokens(x.title)),
      handle: searchTokens(p.handle),
    };
    let score = 0;
    let matched = 0;
    for (const t of tokens) {
      let hit = false;
      for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
        if (tokenMatches(t, fields[key])) {
          score += WEIGHTS[key];
          hit = true;
        }
      }
      if (hit) matched += 1;
    }
    return { p, score, matched };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.p.title.localeCompare(b.p.title))
    .map((s) => s.p);
}
