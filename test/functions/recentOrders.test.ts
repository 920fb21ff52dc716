import { beforeAll, describe, expect, it } from 'vitest';
import { recentOrders } from '../../functions/recentOrders.ts';
import { callTool } from '../../functions/tool.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';

describe('recent_orders', () => {
  let shop: FixtureShop;
  beforeAll(async () => {
    shop = await FixtureShop.load();
  });

  it('is named for OpenAI in snake_case', () => {
    expect(recentOrders.name).toBe('recent_orders');
  });

  it.each([
    [{}],
    [{ email: 'not-an-email' }],
    [{ email: 'noah.williams@example.com', limit: 0 }],
    [{ email: 'noah.williams@example.com', limit: 21 }],
    [{ email: 'noah.williams@example.com', limit: 2.5 }],
    [{ email: 'noah.williams@example.com', limit: '3' }],
    [{ email: 'noah.williams@example.com', since: '2026-01-01' }],
  ])('rejects %j', (args) => {
    expect(recentOrders.parameters.safeParse(args).success).toBe(false);
  });

  it('defaults the limit to 5', () => {
    expect(recentOrders.parameters.parse({ email: 'noah.williams@example.com' })).toEqual({ email: 'noah.williams@example.com', limit: 5 });
  });

  it("returns the sender's orders, newest first, up to the limit", async () => {
    const result = (await callTool(recentOrders, shop, { email: 'noah.williams@example.com', limit: 2 })) as { orders: { name: string }[] };
    expect(result.orders.map((o) => o.name)).toEqual(['#1030', '#1012']);
  });
});
