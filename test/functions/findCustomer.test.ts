import { beforeAll, describe, expect, it } from 'vitest';
import { findCustomer } from '../../functions/findCustomer.ts';
import { callTool } from '../../functions/tool.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';

describe('find_customer', () => {
  let shop: FixtureShop;
  beforeAll(async () => {
    shop = await FixtureShop.load();
  });

  it('is named for OpenAI in snake_case', () => {
    expect(findCustomer.name).toBe('find_customer');
  });

  it.each([[{}], [{ email: '' }], [{ email: 'camille.dubois' }], [{ email: 42 }], [{ email: 'camille.dubois@example.com', name: 'Camille' }]])('rejects %j', (args) => {
    expect(findCustomer.parameters.safeParse(args).success).toBe(false);
  });

  it('returns the customer, or null for a stranger', async () => {
    expect(await callTool(findCustomer, shop, { email: 'camille.dubois@example.com' })).toMatchObject({ customer: { firstName: 'Camille', locale: 'fr' } });
    expect(await callTool(findCustomer, shop, { email: 'tom.baker@example.net' })).toEqual({ customer: null });
  });
});
