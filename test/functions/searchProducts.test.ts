import { beforeAll, describe, expect, it } from 'vitest';
import { searchProducts } from '../../functions/searchProducts.ts';
import { callTool } from '../../functions/tool.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';

describe('search_products', () => {
  let shop: FixtureShop;
  beforeAll(async () => {
    shop = await FixtureShop.load();
  });

  it('is named for OpenAI in snake_case', () => {
    expect(searchProducts.name).toBe('search_products');
  });

  it.each([[{}], [{ query: '' }], [{ query: '  ' }], [{ query: 'x'.repeat(201) }], [{ query: 'lamp', limit: 11 }], [{ query: 'lamp', limit: -1 }], [{ query: ['lamp'] }]])(
    'rejects %j',
    (args) => {
      expect(searchProducts.parameters.safeParse(args).success).toBe(false);
    },
  );

  it('returns ranked products with variants and stock', async () => {
    const result = (await callTool(searchProducts, shop, { query: 'ceramic table lamp', limit: 3 })) as {
      products: { title: string; variants: { availableForSale: boolean }[] }[];
    };
    expect(result.products[0]?.title).toBe('Ceramic Table Lamp');
    expect(result.products[0]?.variants.every((v) => !v.availableForSale)).toBe(true);
    expect(result.products.length).toBeLessThanOrEqual(3);
  });
});
