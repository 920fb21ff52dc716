import { describe, expect, it } from 'vitest';
import { syncCustomerProfile } from '../../src/crm/profileSync.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';
import { NOW, testDeps } from '../web/webhooks/harness.ts';

describe('syncCustomerProfile', () => {
  it('stores orders count, total spent, Shopify tags and first/last order from the shop', async () => {
    const deps = await testDeps();
    const shop = await FixtureShop.load();
    const row = await syncCustomerProfile({ db: deps.db, shop, now: () => NOW }, ' Emma.Johnson@example.com ');
    expect(row).toMatchObject({
      email: 'emma.johnson@example.com',
      name: 'Emma Johnson',
      shopify_id: 'gid://shopify/Customer/7350912000029',
      orders_count: 4,
      total_spent: '388.95',
      currency: 'EUR',
      tags: '["newsletter"]',
      first_order_at: '2026-06-12T09:44:55Z',
      last_order_at: '2026-11-16T08:31:23Z',
      synced_at: NOW.toISOString(),
    });
    // Syncing again updates the same row.
    await syncCustomerProfile({ db: deps.db, shop, now: () => NOW }, 'emma.johnson@example.com');
    expect(await deps.db.selectFrom('customers').select('email').execute()).toHaveLength(1);
  });

  it('returns null and stores nothing for an address the shop does not know', async () => {
    const deps = await testDeps();
    const row = await syncCustomerProfile({ db: deps.db, shop: await FixtureShop.load(), now: () => NOW }, 'stranger@example.com');
    expect(row).toBeNull();
    expect(await deps.db.selectFrom('customers').select('email').execute()).toEqual([]);
  });

  it('keeps an earlier first-order date already stored (the order window may not reach back that far)', async () => {
    const deps = await testDeps();
    const shop = await FixtureShop.load();
    await syncCustomerProfile({ db: deps.db, shop, now: () => NOW }, 'emma.johnson@example.com');
    await deps.db.updateTable('customers').set({ first_order_at: '2024-01-02T00:00:00Z' }).where('email', '=', 'emma.johnson@example.com').execute();
    const row = await syncCustomerProfile({ db: deps.db, shop, now: () => NOW }, 'emma.johnson@example.com');
    expect(row).toMatchObject({ first_order_at: '2024-01-02T00:00:00Z', last_order_at: '2026-11-16T08:31:23Z' });
    // A later stored date is replaced by the shop's earlier one.
    await deps.db.updateTable('customers').set({ first_order_at: '2026-10-01T00:00:00Z' }).where('email', '=', 'emma.johnson@example.com').execute();
    expect(await syncCustomerProfile({ db: deps.db, shop, now: () => NOW }, 'emma.johnson@example.com')).toMatchObject({ first_order_at: '2026-06-12T09:44:55Z' });
  });

  it('a guest checkout (orders but no customer record) counts the orders seen', async () => {
    const deps = await testDeps();
    const row = await syncCustomerProfile({ db: deps.db, shop: await FixtureShop.load(), now: () => NOW }, 'sofia.g.trabajo@example.com');
    expect(row).toMatchObject({ email: 'sofia.g.trabajo@example.com', shopify_id: null, orders_count: 1, synced_at: NOW.toISOString() });
    expect(row?.first_order_at).toBe(row?.last_order_at);
    expect(row?.name).toBeTruthy();
  });
});
