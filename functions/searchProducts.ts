import { z } from 'zod';
import type { Product } from '../src/domain/shop.ts';
import type { ToolFunction } from './tool.ts';

export const SearchProductsArgs = z.strictObject({
  query: z.string().trim().min(1).max(200).describe('What the customer asks about, e.g. "blue linen shirt XL"'),
  limit: z.number().int().min(1).max(10).default(5).describe('How many products, best match first'),
});
export type SearchProductsArgs = z.infer<typeof SearchProductsArgs>;

export interface SearchProductsResult {
  products: Product[];
}

export const searchProducts: ToolFunction<SearchProductsArgs> = {
  name: 'search_products',
  description: 'Search the store catalogue (title, type, tags, variants). Returns products with variants, prices and stock.',
  parameters: SearchProductsArgs,
  async handler(shop, args): Promise<SearchProductsResult> {
    return { products: await shop.searchProducts(args.query, args.limit) };
  },
};
