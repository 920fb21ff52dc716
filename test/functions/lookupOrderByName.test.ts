import { beforeAll, describe, expect, it } from 'vitest';
import { lookupOrderByName } from '../../functions/lookupOrderByName.ts';
import { callTool, ToolArgumentsError } from '../../functions/tool.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';

describe('lookup_order_by_name', () => {
  let shop: FixtureShop;
  beforeAll(async () => {
    shop = await FixtureShop.load();
  });

  it('is named for OpenAI in snake_case', () => {
    expect(lookupOrderByName.name).toBe('lookup_order_by_name');
  });

  it.each([[{}], [{ orderName: '' }], [{ orderName: '   ' }], [{ orderName: 1004 }], [{ orderName: '#1004', extra: true }], [null], ['#1004']])(
    'rejects %j',
    (args) => {
      expect(lookupOrderByName.parameters.safeParse(args).success).toBe(false);
    },
  );

  it('trims the name and returns the order', async () => {
    const result = await callTool(lookupOrderByName, shop, { orderName: ' #1004 ' });
    expect(result).toMatchObject({ order: { name: '#1004', customerEmail: 'emma.johnson@example.com' } });
  });

  it('returns order null for an unknown name', async () => {
    expect(await callTool(lookupOrderByName, shop, { orderName: '#1099' })).toEqual({ order: null });
  });

  it('refuses bad arguments before touching the shop', async () => {
    await expect(callTool(lookupOrderByName, shop, { order: '#1004' })).rejects.toBeInstanceOf(ToolArgumentsError);
  });
});
