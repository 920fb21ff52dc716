import { describe, expect, it } from 'vitest';
import { listSegments, segmentMembers, segmentsOf } from '../../src/crm/segments.ts';
import type { Db } from '../../src/store/db.ts';
import { NOW, seedConversation, testDeps } from '../web/webhooks/harness.ts';

const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

async function customer(db: Db, email: string, spent: string, first: string | null, last: string | null, orders = 1) {
  const t = NOW.toISOString();
  await db
    .insertInto('customers')
    .values({ id: email, email, name: null, shopify_id: null, orders_count: orders, total_spent: spent, currency: 'EUR', tags: '[]', notes: null, first_order_at: first, last_order_at: last, synced_at: t, created_at: t, updated_at: t })
    .execute();
}

describe('segments', () => {
  it('computes VIP, at risk, new and repeat contacts from the data', async () => {
    const deps = await testDeps();
    const db = deps.db;
    await customer(db, 'vip@example.com', '1250.50', daysAgo(400), daysAgo(10), 9);
    await customer(db, 'lapsed@example.com', '99.00', daysAgo(300), daysAgo(120), 2);
    await customer(db, 'fresh@example.com', '45.00', daysAgo(5), daysAgo(5), 1);
    // "Lexicographic" trap: '90.00' > '500' as text but not as a number.
    await customer(db, 'text-trap@example.com', '90.00', daysAgo(60), daysAgo(60), 1);
    for (const tag of ['r1', 'r2', 'r3']) await seedConversation(deps, 'again@example.com', tag, false);
    await seedConversation(deps, 'once@example.com', 'o1', false);

    const opts = { now: NOW, vipSpend: 500 };
    expect((await segmentMembers(db, 'vip', opts)).map((m) => m.email)).toEqual(['vip@example.com']);
    expect((await segmentMembers(db, 'at_risk', opts)).map((m) => m.email)).toEqual(['lapsed@example.com']);
    expect((await segmentMembers(db, 'new', opts)).map((m) => m.email)).toEqual(['fresh@example.com']);
    const repeat = await segmentMembers(db, 'repeat_contacts', opts);
    expect(repeat).toEqual([{ email: 'again@example.com', name: null, ordersCount: 0, totalSpent: '0', currency: null, lastOrderAt: null, contacts: 3 }]);

    expect((await listSegments(db, opts)).map((s) => [s.id, s.count])).toEqual([['vip', 1], ['at_risk', 1], ['new', 1], ['repeat_contacts', 1]]);
    expect(await segmentsOf(db, 'VIP@example.com', { now: NOW, vipSpend: 500, atRiskDays: 5 })).toEqual(['vip', 'at_risk']);
  });
});
