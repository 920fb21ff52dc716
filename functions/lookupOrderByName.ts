import { z } from 'zod';
import type { Order } from '../src/domain/shop.ts';
import type { ToolFunction } from './tool.ts';

export const LookupOrderByNameArgs = z.strictObject({
  orderName: z.string().trim().min(1).max(40).describe('The order name as the store writes it, e.g. "#1001"'),
});
export type LookupOrderByNameArgs = z.infer<typeof LookupOrderByNameArgs>;

export interface LookupOrderByNameResult {
  order: Order | null;
}

export const lookupOrderByName: ToolFunction<LookupOrderByNameArgs> = {
  name: 'lookup_order_by_name',
  description: 'Look up one order by the name customers see ("#1001"). Returns null when there is no such order.',
  parameters: LookupOrderByNameArgs,
  async handler(shop, args): Promise<LookupOrderByNameResult> {
    return { order: await shop.orderByName(args.orderName) };
  },
};
