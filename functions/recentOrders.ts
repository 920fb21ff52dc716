import { z } from 'zod';
import type { Order } from '../src/domain/shop.ts';
import type { ToolFunction } from './tool.ts';

export const RecentOrdersArgs = z.strictObject({
  email: z.email().describe("The sender's email address"),
  limit: z.number().int().min(1).max(20).default(5).describe('How many orders, newest first'),
});
export type RecentOrdersArgs = z.infer<typeof RecentOrdersArgs>;

export interface RecentOrdersResult {
  orders: Order[];
}

export const recentOrders: ToolFunction<RecentOrdersArgs> = {
  name: 'recent_orders',
  description: 'The newest orders placed with this email address (checkout email or customer account email), newest first.',
  parameters: RecentOrdersArgs,
  async handler(shop, args): Promise<RecentOrdersResult> {
    return { orders: await shop.recentOrdersByEmail(args.email, args.limit) };
  },
};
