import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Customer, Order, Product } from '../../src/domain/shop.ts';
import type { ProposedAction } from '../../src/domain/shop.ts';
import { DEFAULT_FIXTURE_STORE_DIR, FixtureShop, rankProducts } from '../../src/shop/fixtureShop.ts';

const DEMO_NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

async function readStore() {
  const read = async (f: string) => JSON.parse(await readFile(join(DEFAULT_FIXTURE_STORE_DIR, f), 'utf8')) as unknown;
  return {
    orders: z.array(Order).parse(await read('orders.json')),
    customers: z.array(Customer).parse(await read('customers.json')),
    products: z.array(Product).parse(await read('products.json')),
  };
}

describe('demo store fixtures', () => {
  let store: Awaited<ReturnType<typeof readStore>>;
  beforeAll(async () => {
    store = await readStore();
  });

  it('meets the minimum counts', () => {
    expect(store.orders.length).toBeGreaterThanOrEqual(30);
    expect(store.customers.length).toBeGreaterThanOrEqual(15);
    expect(store.products.length).toBeGreaterThanOrEqual(20);
  });

  it('names orders #1001… uniquely, with admin links to the demo store', () => {
    const names = store.orders.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('#1001');
    for (const o of store.orders) {
      expect(o.name).toMatch(/^#10\d\d$/);
      const numericId = o.id.replace('gid://shopify/Order/', '');
      expect(o.adminUrl).toBe(`https://admin.shopify.com/store/demo-store/orders/${numericId}`);
    }
  });

  it('covers every financial and fulfillment state the templates handle', () => {
    const financial = new Set(store.orders.map((o) => o.financialStatus));
    for (const s of ['PAID', 'PENDING', 'AUTHORIZED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'VOIDED']) expect(financial).toContain(s);
    const fulfillment = new Set(store.orders.map((o) => o.fulfillmentStatus));
    for (const s of ['UNFULFILLED', 'FULFILLED', 'PARTIALLY_FULFILLED', 'IN_PROGRESS', 'ON_HOLD']) expect(fulfillment).toContain(s);
    expect(store.orders.filter((o) => o.cancelledAt !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('has orders older than 60 days, several orders per customer, and checkout emails that differ', () => {
    const old = store.orders.filter((o) => DEMO_NOW.getTime() - Date.parse(o.createdAt) > 60 * DAY);
    expect(old.length).toBeGreaterThanOrEqual(4);
    const perCustomer = new Map<string, number>();
    for (const o of store.orders) perCustomer.set(o.customerEmail ?? '', (perCustomer.get(o.customerEmail ?? '') ?? 0) + 1);
    expect([...perCustomer.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(8);
    expect(store.orders.filter((o) => o.email !== o.customerEmail).length).toBeGreaterThanOrEqual(2);
  });

  it('ships with real carriers, tracking numbers and URLs', () => {
    const tracking = store.orders.flatMap((o) => o.fulfillments.flatMap((f) => f.trackingInfo));
    const companies = new Set(tracking.map((t) => t.company));
    for (const c of ['UPS', 'DHL Express', 'USPS', 'Royal Mail', 'Colissimo', 'Correos', 'PostNL']) expect(companies).toContain(c);
    for (const t of tracking) {
      expect(t.number).toBeTruthy();
      expect(t.url).toMatch(/^https:\/\//);
      expect(t.url).toContain(t.number);
      if (t.company === 'UPS') expect(t.number).toMatch(/^1Z[0-9A-Z]{16}$/);
    }
    const fulfillments = store.orders.flatMap((o) => o.fulfillments);
    expect(fulfillments.some((f) => f.deliveredAt !== null)).toBe(true);
    expect(fulfillments.some((f) => f.estimatedDeliveryAt !== null && f.deliveredAt === null)).toBe(true);
  });

  it('links every order to a customer whose counts agree', () => {
    const byEmail = new Map(store.customers.map((c) => [c.email, c]));
    for (const o of store.orders) expect(byEmail.has(o.customerEmail)).toBe(true);
    for (const c of store.customers) expect(c.numberOfOrders).toBe(store.orders.filter((o) => o.customerEmail === c.email).length);
  });

  it('has customers in every template language', () => {
    const locales = new Set(store.customers.map((c) => c.locale));
    for (const l of ['en', 'es', 'fr', 'de', 'fa', 'ar']) expect(locales).toContain(l);
  });

  it('has products with SKUs, prices and some variants out of stock', () => {
    const variants = store.products.flatMap((p) => p.variants);
    const skus = variants.map((v) => v.sku);
    expect(new Set(skus).size).toBe(skus.length);
    expect(variants.every((v) => Number(v.price) > 0)).toBe(true);
    const outOfStock = variants.filter((v) => v.inventoryQuantity === 0);
    expect(outOfStock.length).toBeGreaterThanOrEqual(5);
    expect(outOfStock.every((v) => !v.availableForSale)).toBe(true);
    // a product sold out entirely
    expect(store.products.some((p) => p.totalInventory === 0)).toBe(true);
  });

  it('prices every order line from the catalogue', () => {
    const price = new Map(store.products.flatMap((p) => p.variants.map((v) => [v.sku, Number(v.price)] as const)));
    for (const o of store.orders) {
      const subtotal = o.lineItems.reduce((s, li) => s + (price.get(li.sku ?? '') ?? Number.NaN) * li.quantity, 0);
      const total = Number(o.total.amount);
      expect([subtotal, subtotal + 4.95].map((x) => x.toFixed(2))).toContain(total.toFixed(2));
    }
  });
});

describe('FixtureShop.load', () => {
  it('loads the demo store from fixtures/store', async () => {
    const shop = await FixtureShop.load();
    expect(shop.kind).toBe('fixtures');
    expect((await shop.orderByName('#1001'))?.customerEmail).toBe('emma.johnson@example.com');
  });

  it('rejects a store whose JSON does not match the schema, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fixture-shop-'));
    const store = await readStore();
    const broken = store.orders.map((o, i) => (i === 3 ? { ...o, total: { amount: 12 } } : o));
    await writeFile(join(dir, 'orders.json'), JSON.stringify(broken));
    await writeFile(join(dir, 'customers.json'), JSON.stringify(store.customers));
    await writeFile(join(dir, 'products.json'), JSON.stringify(store.products));
    await expect(FixtureShop.load(dir)).rejects.toThrow(/orders\.json[\s\S]*total/);
  });
});

describe('FixtureShop lookups', () => {
  let shop: FixtureShop;
  beforeAll(async () => {
    shop = await FixtureShop.load();
  });

  it('finds an order by exact name, case-insensitively, and returns null otherwise', async () => {
    const data = await readStore();
    const custom = new FixtureShop({ ...data, orders: [{ ...data.orders[0]!, name: '#DS-1001' }] });
    expect((await custom.orderByName('#ds-1001'))?.name).toBe('#DS-1001');
    expect(await custom.orderByName('#DS-100')).toBeNull();
    expect((await shop.orderByName('#1004'))?.fulfillments[0]?.trackingInfo[0]?.number).toBe('1Z999AA10123456784');
    expect(await shop.orderByName('#1099')).toBeNull();
    expect(await shop.orderByName('1004')).toBeNull();
  });

  it('finds recent orders by checkout email or customer email, newest first', async () => {
    const byAccount = await shop.recentOrdersByEmail('sofia.garcia@example.org');
    expect(byAccount.map((o) => o.name)).toEqual(['#1005', '#1027']);
    const byCheckout = await shop.recentOrdersByEmail('SOFIA.G.TRABAJO@example.com');
    expect(byCheckout.map((o) => o.name)).toEqual(['#1005']);
    const emma = await shop.recentOrdersByEmail('emma.johnson@example.com', 2);
    expect(emma.map((o) => o.name)).toEqual(['#1004', '#1021']);
    expect(await shop.recentOrdersByEmail('nobody@example.com')).toEqual([]);
  });

  it('finds a customer by email, case-insensitively', async () => {
    expect((await shop.customerByEmail('Layla.Haddad@Example.com'))?.locale).toBe('ar');
    expect(await shop.customerByEmail('tom.baker@example.net')).toBeNull();
  });

  it('returns copies: changing a result does not change the store', async () => {
    const o = await shop.orderByName('#1004');
    o!.financialStatus = 'REFUNDED';
    expect((await shop.orderByName('#1004'))?.financialStatus).toBe('PAID');
  });
});

describe('FixtureShop 60-day window', () => {
  it('hides orders older than the window, like Shopify without read_all_orders', async () => {
    const shop = await FixtureShop.load(undefined, { recentWindowDays: 60, now: () => DEMO_NOW });
    expect(await shop.orderByName('#1002')).toBeNull(); // 2026-08-03
    expect((await shop.orderByName('#1004'))?.name).toBe('#1004');
    const emma = await shop.recentOrdersByEmail('emma.johnson@example.com');
    expect(emma.map((o) => o.name)).toEqual(['#1004', '#1021']);
  });

  it('shows every order by default', async () => {
    const shop = await FixtureShop.load(undefined, { now: () => DEMO_NOW });
    const emma = await shop.recentOrdersByEmail('emma.johnson@example.com');
    expect(emma.map((o) => o.name)).toEqual(['#1004', '#1021', '#1002', '#1001']);
  });

  it('counts the window from the injected clock', async () => {
    const shop = await FixtureShop.load(undefined, { recentWindowDays: 60, now: () => new Date('2026-08-10T00:00:00Z') });
    expect((await shop.orderByName('#1002'))?.name).toBe('#1002');
  });
});

describe('FixtureShop.searchProducts', () => {
  let shop: FixtureShop;
  beforeAll(async () => {
    shop = await FixtureShop.load();
  });
  const titles = async (q: string, limit?: number) => (await shop.searchProducts(q, limit)).map((p) => p.title);

  it('ranks the product matching most query tokens first', async () => {
    expect((await titles('blue linen shirt'))[0]).toBe('Classic Linen Shirt');
    expect((await titles('linen duvet'))[0]).toBe('Linen Duvet Cover');
    expect((await titles('Canvas Sneakers EU 39'))[0]).toBe('Canvas Sneakers');
  });

  it('matches tags, product types, plurals and accents', async () => {
    expect((await titles('zapatillas'))[0]).toBe('Canvas Sneakers');
    expect(await titles('bougie')).toEqual(['Hand-Poured Soy Candle']);
    expect(await titles('echarpe')).toEqual(['Alpaca Wool Scarf']);
    expect((await titles('sweaters'))[0]).toBe('Merino Crew Sweater');
    expect(await titles('Bedding')).toEqual(['Linen Duvet Cover', 'Linen Pillowcase Pair']);
  });

  it('returns nothing for no match and respects the limit', async () => {
    expect(await titles('xylophone')).toEqual([]);
    expect(await titles('the of')).toEqual([]);
    const linen = await titles('linen');
    expect(linen.length).toBeGreaterThan(3);
    expect(await titles('linen', 2)).toEqual(linen.slice(0, 2));
  });

  it('weights a title hit above a tag-only hit', () => {
    const base = { handle: 'x', description: '', productType: 'Misc', vendor: 'v', status: 'ACTIVE', totalInventory: 1, onlineStoreUrl: null, priceCurrency: 'EUR', variants: [] };
    const products = [
      { ...base, id: '1', title: 'Plain Mug', tags: ['scarf'] },
      { ...base, id: '2', title: 'Wool Scarf', tags: [] },
    ];
    expect(rankProducts(products, 'scarf').map((p) => p.id)).toEqual(['2', '1']);
  });
});

describe('FixtureShop.execute', () => {
  let shop: FixtureShop;
  const orderId = async (name: string) => (await shop.orderByName(name))!.id;
  beforeAll(async () => {
    shop = await FixtureShop.load(undefined, { now: () => DEMO_NOW });
  });

  it('cancels an unfulfilled paid order and refunds it; a second cancel is refused', async () => {
    const action: ProposedAction = { kind: 'cancel_order', orderId: await orderId('#1031'), orderName: '#1031', reason: 'CUSTOMER', refund: true, restock: true };
    const result = await shop.execute(action);
    expect(result).toMatchObject({ ok: true, userErrors: [] });
    const after = await shop.orderByName('#1031');
    expect(after?.cancelledAt).toBe(DEMO_NOW.toISOString());
    expect(after?.financialStatus).toBe('REFUNDED');
    expect(after?.refunds.at(-1)?.total).toEqual({ amount: '82.00', currencyCode: 'EUR' });

    const again = await shop.execute(action);
    expect(again.ok).toBe(false);
    expect(again.userErrors).toEqual([{ field: ['orderId'], message: 'Order has already been cancelled' }]);
  });

  it('voids an authorized payment on cancel', async () => {
    const r = await shop.execute({ kind: 'cancel_order', orderId: await orderId('#1034'), orderName: '#1034', reason: 'CUSTOMER', refund: true, restock: true });
    expect(r.ok).toBe(true);
    const after = await shop.orderByName('#1034');
    expect(after?.financialStatus).toBe('VOIDED');
    expect(after?.refunds).toEqual([]);
  });

  it('refuses to cancel a fulfilled order', async () => {
    const r = await shop.execute({ kind: 'cancel_order', orderId: await orderId('#1036'), orderName: '#1036', reason: 'CUSTOMER', refund: true, restock: true });
    expect(r.ok).toBe(false);
    expect(r.userErrors[0]?.message).toMatch(/fulfilled/);
    expect((await shop.orderByName('#1036'))?.cancelledAt).toBeNull();
  });

  it('changes the shipping address of an unfulfilled order, keeping the name', async () => {
    const r = await shop.execute({ kind: 'change_address', orderId: await orderId('#1032'), orderName: '#1032', newAddress: 'Flat 2, 19 Marchmont Road\nEdinburgh EH9 1HY\nUnited Kingdom' });
    expect(r.ok).toBe(true);
    expect((await shop.orderByName('#1032'))?.shippingAddress).toMatchObject({ name: 'Olivia Brown', address1: 'Flat 2', address2: '19 Marchmont Road, Edinburgh EH9 1HY, United Kingdom' });
  });

  it('refuses an address change after shipping, or an empty address', async () => {
    const shipped = await shop.execute({ kind: 'change_address', orderId: await orderId('#1004'), orderName: '#1004', newAddress: '1 New Street' });
    expect(shipped.ok).toBe(false);
    const empty = await shop.execute({ kind: 'change_address', orderId: await orderId('#1029'), orderName: '#1029', newAddress: ' \n ' });
    expect(empty.userErrors).toEqual([{ field: ['shippingAddress'], message: 'Shipping address is empty' }]);
  });

  it('refunds part of an order, then refuses more than what is left', async () => {
    const id = await orderId('#1040');
    const part = await shop.execute({ kind: 'refund_order', orderId: id, orderName: '#1040', amount: { amount: '20.00', currencyCode: 'EUR' }, note: 'goodwill' });
    expect(part.ok).toBe(true);
    expect((await shop.orderByName('#1040'))?.financialStatus).toBe('PARTIALLY_REFUNDED');
    const tooMuch = await shop.execute({ kind: 'refund_order', orderId: id, orderName: '#1040', amount: { amount: '1000.00', currencyCode: 'EUR' }, note: null });
    expect(tooMuch.ok).toBe(false);
    expect(tooMuch.userErrors[0]?.field).toEqual(['amount']);
    const rest = await shop.execute({ kind: 'refund_order', orderId: id, orderName: '#1040', amount: null, note: null });
    expect(rest.ok).toBe(true);
    expect((await shop.orderByName('#1040'))?.financialStatus).toBe('REFUNDED');
  });

  it('refuses a refund on an order with nothing captured, and an unknown order', async () => {
    const pending = await shop.execute({ kind: 'refund_order', orderId: await orderId('#1035'), orderName: '#1035', amount: null, note: null });
    expect(pending.ok).toBe(false);
    expect(pending.userErrors[0]?.message).toMatch(/PENDING/);
    const unknown = await shop.execute({ kind: 'cancel_order', orderId: 'gid://shopify/Order/1', orderName: '#1', reason: 'CUSTOMER', refund: true, restock: true });
    expect(unknown).toEqual({ ok: false, userErrors: [{ field: ['orderId'], message: 'Order does not exist' }], detail: null });
  });

  it('does not touch the arrays it was constructed from', async () => {
    const data = await readStore();
    const own = new FixtureShop(data, { now: () => DEMO_NOW });
    const target = data.orders.find((o) => o.name === '#1020')!;
    await own.execute({ kind: 'cancel_order', orderId: target.id, orderName: '#1020', reason: 'CUSTOMER', refund: true, restock: true });
    expect(target.cancelledAt).toBeNull();
    expect((await own.orderByName('#1020'))?.cancelledAt).not.toBeNull();
  });
});
