import { z } from 'zod';
import type { Customer } from '../src/domain/shop.ts';
import type { ToolFunction } from './tool.ts';

export const FindCustomerArgs = z.strictObject({
  email: z.email().describe("The customer's email address"),
});
export type FindCustomerArgs = z.infer<typeof FindCustomerArgs>;

export interface FindCustomerResult {
  customer: Customer | null;
}

export const findCustomer: ToolFunction<FindCustomerArgs> = {
  name: 'find_customer',
  description: 'Find the store customer with this email address. Returns null when there is none.',
  parameters: FindCustomerArgs,
  async handler(shop, args): Promise<FindCustomerResult> {
    return { customer: await shop.customerByEmail(args.email) };
  },
};
